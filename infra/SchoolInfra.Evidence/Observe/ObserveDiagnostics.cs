using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// SI4101-SI4199: reading the live tenant and Jamf, and tenant snapshots. A failed read is a warning that names the
/// area (it becomes unknown in the snapshot, never absent); only problems that stop the whole read are errors.
/// Messages never carry a token, a secret or a response body.
/// </summary>
public static class ObserveDiagnostics
{
    private static readonly SourceSpan Live = SourceSpan.None;

    public static Diagnostic Forbidden(string area, string permission) => new(
        "SI4101", Severity.Warning, Live, $"Reading {area} was refused: the app lacks the read-only permission {permission}, so {area} are unknown.",
        $"grant the app registration {permission} (application, read-only) and admin consent; README lists every permission and why.");

    public static Diagnostic SignInRefused(string service) => new(
        "SI4102", Severity.Error, Live, $"{service} refused the sign-in (401), so nothing could be read.",
        "check the app registration and its federated credential, or the token in the environment; a token expires after about an hour.");

    public static Diagnostic Throttled(string area, string status) => new(
        "SI4103", Severity.Warning, Live, $"Reading {area} was still refused with {status} after every retry, so {area} are unknown.",
        "run observe again later; if it keeps happening, raise the time limit with --timeout.");

    public static Diagnostic TimedOut(string area) => new(
        "SI4104", Severity.Warning, Live, $"Reading {area} took longer than the time limit, so {area} are unknown.",
        "run observe again; raise the time limit with --timeout if the tenant is large.");

    public static Diagnostic Malformed(string area) => new(
        "SI4105", Severity.Warning, Live, $"The answer for {area} could not be read as the expected JSON or XML, so {area} are unknown.",
        "run observe again; if it keeps happening, an endpoint option may point at the wrong server.");

    public static Diagnostic ReadFailed(string area, string problem) => new(
        "SI4106", Severity.Warning, Live, $"Reading {area} failed ({problem}), so {area} are unknown.",
        "check the network and the endpoint options, then run observe again.");

    public static Diagnostic PartlyRead(string area, int count) => new(
        "SI4107", Severity.Warning, Live, $"Only part of {area} could be read ({count} before the failure), so the rest are unknown.",
        "run observe again; a partial area never counts as \"no drift\".");

    public static Diagnostic WrongTenant(string tenantDomain) => new(
        "SI4108", Severity.Error, Live, $"The tenant that was read does not have the school's domain \"{tenantDomain}\" among its verified domains.",
        "sign in to the school's own tenant (AZURE_TENANT_ID), or correct tenantDomain in the stack file.");

    public static Diagnostic NoCredential(string problem) => new(
        "SI4109", Severity.Error, Live, $"No way to sign in to Microsoft Graph was found: {problem}.",
        "in CI set AZURE_CLIENT_ID and AZURE_TENANT_ID with workload identity federation; locally run az login; or set SCHOOLINFRA_GRAPH_TOKEN.");

    public static Diagnostic SnapshotUnreadable(string file, string problem) => new(
        "SI4110", Severity.Error, SourceSpan.At(file, 1, 1), $"The tenant snapshot cannot be read: {problem}.",
        "run schoolinfra observe again to write a fresh snapshot.");

    public static Diagnostic SnapshotVersionUnknown(string file, string version) => new(
        "SI4111", Severity.Error, SourceSpan.At(file, 1, 1), $"The tenant snapshot has format version {version}, which this SchoolInfra does not read.",
        "read it with the SchoolInfra version that wrote it, or run schoolinfra observe again.");

    public static Diagnostic JamfNotConfigured(string product) => new(
        "SI4112", Severity.Warning, Live, $"The school's iPads are in {product}, but no Jamf address or credentials were given, so its profiles are unknown.",
        "pass --jamf-url and set SCHOOLINFRA_JAMF_CLIENT_ID and SCHOOLINFRA_JAMF_CLIENT_SECRET (or SCHOOLINFRA_JAMF_TOKEN).");

    public static Diagnostic NotAvailable(string area) => new(
        "SI4113", Severity.Warning, Live, $"The tenant does not offer {area} (404), so {area} are unknown.",
        "check the licence and that the feature is switched on; a missing feature is not taken as \"nothing configured\".");

    public static Diagnostic SnapshotOfOtherSchool(string file, string found, string expected) => new(
        "SI4114", Severity.Error, SourceSpan.At(file, 1, 1), $"The tenant snapshot is about the school \"{found}\", not \"{expected}\".",
        "pass this school's snapshot (schools/STACK/live/tenant.json), or name the right school with --stack.");
}
