using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// SI22xx: filtering that cannot be built or would unblock illegal content. Retired (judged by the FIL controls since
/// issue 13): SI2201, SI2203, SI2205-SI2209, SI2216, SI2220, SI2221.
/// </summary>
public static class FilteringDiagnostics
{
    public static Diagnostic GroupInSeveralProfiles(SourceSpan at, string group, string first, string second) => new(
        "SI2202", Severity.Error, at, $"The group \"{group}\" is in two filtering profiles, \"{first}\" and \"{second}\".",
        "keep the group in exactly one profile, so it is clear which rules apply to it.");

    public static Diagnostic UniformNeedsOneProfile(SourceSpan at, int count) => new(
        "SI2204", Severity.Error, at, $"Filtering is uniform, but {count} profiles are declared instead of one.",
        "declare a single profile for every group, or set differentiation: byGroup.");

    public static Diagnostic ExpiredException(SourceSpan at, string domain, string expiresOn) => new(
        "SI2210", Severity.Warning, at, $"The exception for \"{domain}\" expired on {expiresOn}: it is not deployed, so the site is blocked again; remove it from the file.",
        "delete this exception, or approve a new one with a new end date if the site is still needed.");

    public static Diagnostic UnblocksIllegalContent(SourceSpan at, string domain, string blocked) => new(
        "SI2211", Severity.Error, at, $"\"{domain}\" would unblock \"{blocked}\", which is blocked for illegal content.",
        "remove this exception or allow entry; illegal content can never be unblocked, for anyone (FIL-04).");

    public static Diagnostic OverridesBlockedDomain(SourceSpan at, string domain, string blocked, string profile) => new(
        "SI2212", Severity.Error, at, $"The exception for \"{domain}\" unblocks \"{blocked}\", which the profile \"{profile}\" blocks on purpose.",
        "if the approver has read that block's reason and still agrees, add overridesBlock: true to the exception; otherwise remove it.");

    public static Diagnostic BackendNotDeclared(SourceSpan at, string profile, string backend) => new(
        "SI2213", Severity.Error, at, $"The profile \"{profile}\" is enforced by \"{backend}\", but that backend is not declared or is switched off.",
        $"declare {backend} under schoolinfra:filtering, or remove it from the profile's enforcedBy.");

    public static Diagnostic AzureDnsProfileMismatch(SourceSpan at, string dnsProfile) => new(
        "SI2214", Severity.Error, at, $"The Azure DNS policy applies the profile \"{dnsProfile}\", so azureDns belongs in the enforcedBy of \"{dnsProfile}\" and of no other profile.",
        "move azureDns to the enforcedBy of that profile, or change the profile named under azureDns.");

    public static Diagnostic BackendGap(SourceSpan at, string profile, string need, string backends) => new(
        "SI2215", Severity.Error, at, $"The profile \"{profile}\" asks for {need}, but none of its backends ({backends}) can enforce it.",
        "add a declared backend that can (the upstream filter, with it under enforces or blockedCategories), or remove the need knowingly.");

    public static Diagnostic ConnectionBackendNotDeclared(SourceSpan at, string connection, string backend) => new(
        "SI2217", Severity.Error, at, $"The internet connection \"{connection}\" is filtered by \"{backend}\", which is not declared or is switched off.",
        $"declare {backend} under schoolinfra:filtering, or name the backend that really filters this connection (FIL-09).");

    public static Diagnostic ConnectionFilteredByAzureDns(SourceSpan at, string connection) => new(
        "SI2218", Severity.Error, at, $"The internet connection \"{connection}\" is said to be filtered by azureDns, which filters only Azure virtual networks.",
        "name the upstream filter or globalSecureAccess as the backend that filters this connection (FIL-09).");

    public static Diagnostic EndsBeforeApproval(SourceSpan at, string domain) => new(
        "SI2219", Severity.Error, at, $"The exception for \"{domain}\" ends on or before the day it was approved.",
        "check approvedOn and expiresOn.");

    public static Diagnostic UpstreamCheckedInFuture(SourceSpan at, string lastChecked) => new(
        "SI2222", Severity.Error, at, $"The upstream filter's last check is dated {lastChecked}, which is after today.",
        "record the date the check was actually done.");
}
