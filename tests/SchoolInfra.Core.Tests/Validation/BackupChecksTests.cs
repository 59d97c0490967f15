using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests.Validation;

/// <summary>
/// Backups: only what cannot be built is a config error (SI2302, SI2303). Weak but deployable backups are the BAK
/// controls' findings in Policy (issue 13), so each of them must validate without an error.
/// </summary>
public class BackupChecksTests
{
    private static Diagnostic Single(ValidatedConfig result, string code)
    {
        var diagnostic = ExampleStack.Single(result, code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ExampleStack.DisplayPath, diagnostic.Location.File);
        Assert.True(diagnostic.Location.IsKnown);
        return diagnostic;
    }

    [Fact]
    public void Validate_ExampleSchool_HasNoBackupDiagnostics()
    {
        var result = ExampleStack.Validate(ExampleStack.Text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SI23", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CloudCopyWithoutVault_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        medium: cloudVault\n        vault: main\n", "        medium: cloudVault\n")), "SI2302");

    [Fact]
    public void Validate_VaultOnNasCopy_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        medium: nas\n", "        medium: nas\n        vault: main\n")), "SI2303");

    [Theory]
    [InlineData("storagePlace: secureOffSitePremises", "storagePlace: home")]
    [InlineData("        rotation:\n          drives: 3\n          everyDays: 2\n          by: businessManager\n", "")]
    [InlineData("        encryption: BitLocker To Go\n", "")]
    [InlineData("        encrypted: true\n        encryption: NAS volume encryption", "        encrypted: false")]
    [InlineData("backedUpTo: [m365Backup]", "backedUpTo: []")]
    [InlineData("immutability: locked", "immutability: unlocked")]
    [InlineData("storageRedundancy: geoRedundant", "storageRedundancy: locallyRedundant")]
    [InlineData("crossRegionRestore: true", "crossRegionRestore: false")]
    [InlineData("keepDailyDays: 30", "keepDailyDays: 14")]
    [InlineData("alertRoles: [itProvider, businessManager]", "alertRoles: []")]
    [InlineData("        offline: true\n        encrypted: true\n        encryption: BitLocker To Go", "        encrypted: true\n        encryption: BitLocker To Go")]
    public void Validate_WeakButDeployableBackups_AreNotConfigErrors(string find, string replacement)
    {
        var result = ExampleStack.Validate(ExampleStack.With(find, replacement));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SI23", StringComparison.Ordinal));
    }
}
