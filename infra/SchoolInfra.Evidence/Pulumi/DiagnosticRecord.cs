namespace SchoolInfra.Evidence.Pulumi;

/// <summary>A diagnostic Pulumi wrote into its output: the resource it is about (if any), the message and its severity.</summary>
internal sealed record DiagnosticRecord(string? Urn, string Message, string Severity, JsonPath At)
{
    public bool IsError => Severity == "error";
}
