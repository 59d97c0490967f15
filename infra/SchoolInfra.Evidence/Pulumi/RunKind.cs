namespace SchoolInfra.Evidence.Pulumi;

/// <summary>Which Pulumi operation produced the JSON (decided from the steps, since the JSON does not say).</summary>
internal enum RunKind
{
    /// <summary><c>pulumi refresh</c>: every step is a read and its result (same, update, delete).</summary>
    Refresh,

    /// <summary><c>pulumi preview --refresh</c>: a refresh pass, then the program's planned steps.</summary>
    PreviewWithRefresh,

    /// <summary>A preview without a refresh: it compares with stored state only, so it says nothing about the live systems.</summary>
    PreviewWithoutRefresh,

    /// <summary>A deploy (<c>up</c>, <c>destroy</c>): it changes the live systems.</summary>
    Deploy,
}
