using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI23xx: backup copies that cannot be built. Retired (judged by the BAK controls since issue 13): SI2301, SI2304-SI2315.</summary>
public static class BackupDiagnostics
{
    public static Diagnostic CloudCopyWithoutVault(SourceSpan at, string copy) => new(
        "SI2302", Severity.Error, at, $"The copy \"{copy}\" is a cloud vault copy but does not say which vault.",
        "add vault: with the key of a vault declared under schoolinfra:backups vaults.");

    public static Diagnostic VaultOnOtherCopy(SourceSpan at, string copy, string medium) => new(
        "SI2303", Severity.Error, at, $"The copy \"{copy}\" is stored on {medium} but names a vault.",
        "remove vault:, or set medium: cloudVault if this copy really is the vault.");
}
