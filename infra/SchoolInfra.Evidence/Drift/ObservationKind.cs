namespace SchoolInfra.Evidence.Drift;

/// <summary>Which reader observed the live state behind a drift check.</summary>
public enum ObservationKind
{
    /// <summary><c>pulumi refresh --preview-only --json</c>: Pulumi read every resource it manages.</summary>
    PulumiRefresh,

    /// <summary><c>pulumi preview --refresh --json</c>: a refresh followed by the program's plan.</summary>
    PulumiPreview,

    /// <summary>An engine-event stream (<c>--event-log</c>, or <c>--json</c> of a run that was not a preview).</summary>
    PulumiEvents,

    /// <summary>Microsoft Graph reads of the tenant (issue 10).</summary>
    MicrosoftGraph,

    /// <summary>Jamf Pro or Jamf School API reads (issue 10).</summary>
    Jamf,
}
