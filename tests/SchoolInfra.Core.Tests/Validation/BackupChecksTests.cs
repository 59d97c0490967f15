using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests.Validation;

public class BackupChecksTests
{
    private static IEnumerable<Diagnostic> Codes(ValidatedConfig result, string code) => result.Diagnostics.Where(d => d.Code == code);

    private static Diagnostic Single(ValidatedConfig result, string code, Severity severity = Severity.Error)
    {
        var diagnostic = Assert.Single(Codes(result, code));
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(ExampleStack.DisplayPath, diagnostic.Location.File);
        Assert.True(diagnostic.Location.IsKnown);
        return diagnostic;
    }

    [Fact]
    public void Validate_ExampleSchool_HasNoBackupDiagnostics()
    {
        var result = ExampleStack.Validate(ExampleStack.Text);

        Assert.NotNull(result.Config);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("SI23", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TwoCopiesOnly_DoesNotReach3211()
    {
        var text = ExampleStack.With(ExampleStack.Text, "backedUpTo: [cloudVault, officeNas, usbRotation]", "backedUpTo: [cloudVault]");
        text = ExampleStack.With(text, "backedUpTo: [m365Backup]", "backedUpTo: [cloudVault]");
        var start = text.IndexOf("      - key: officeNas", StringComparison.Ordinal);
        var end = text.IndexOf("      - key: m365Backup", StringComparison.Ordinal);
        text = text.Remove(start, end - start);

        var diagnostic = Single(ExampleStack.Validate(text), "SI2301");

        Assert.Contains("2 copies", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("short of 3-2-1-1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoOfflineCopy_DoesNotReach3211()
    {
        // The vault is unlocked (waived, so only a warning) and the drives are no longer kept disconnected.
        var text = ExampleStack.With("immutability: locked", "immutability: unlocked");
        text = ExampleStack.With(text, "        offline: true\n        encrypted: true\n        encryption: BitLocker To Go", "        encrypted: true\n        encryption: BitLocker To Go");
        text = ExampleStack.WithWaiver(text, "BAK-02");

        var result = ExampleStack.Validate(text);

        Assert.Contains("0 offline", Single(result, "SI2301").Message, StringComparison.Ordinal);
        Assert.Empty(Codes(result, "SI2309"));
        Single(result, "SI2313", Severity.Warning);
    }

    [Fact]
    public void Validate_CloudCopyWithoutVault_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        medium: cloudVault\n        vault: main\n", "        medium: cloudVault\n")), "SI2302");

    [Fact]
    public void Validate_VaultOnNasCopy_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        medium: nas\n", "        medium: nas\n        vault: main\n")), "SI2303");

    [Fact]
    public void Validate_DrivesKeptAtHome_IsAnError() =>
        Assert.Contains("usbRotation", Single(ExampleStack.Validate(ExampleStack.With("storagePlace: secureOffSitePremises", "storagePlace: home")), "SI2304").Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_RemovableDrivesWithoutRotation_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        rotation:\n          drives: 3\n          everyDays: 2\n          by: businessManager\n", "")), "SI2305");

    [Fact]
    public void Validate_RemovableDrivesWithoutEncryptionMethod_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        encryption: BitLocker To Go\n", "")), "SI2306");

    [Fact]
    public void Validate_UnencryptedNas_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("        encrypted: true\n        encryption: NAS volume encryption", "        encrypted: false")), "SI2307");

    [Fact]
    public void Validate_DataSourceWithNoCopies_IsAnError() =>
        Assert.Contains("m365", Single(ExampleStack.Validate(ExampleStack.With("backedUpTo: [m365Backup]", "backedUpTo: []")), "SI2308").Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_UnlockedVault_IsAnErrorAndItsCopyIsNotOffline()
    {
        // The example's cloud copy is not declared offline (a cloud vault never is); declare it so here to see SI2314.
        var unlocked = ExampleStack.With("immutability: locked", "immutability: unlocked");
        var result = ExampleStack.Validate(ExampleStack.With(unlocked, "storagePlace: cloud\n        encrypted: true\n        encryption: Platform encryption",
            "storagePlace: cloud\n        offline: true\n        encrypted: true\n        encryption: Platform encryption"));

        Assert.Contains("unlocked", Single(result, "SI2309").Message, StringComparison.Ordinal);
        Single(result, "SI2314", Severity.Warning);
    }

    [Fact]
    public void Validate_UnlockedVaultWithExpiredWaiver_IsAnErrorAgain()
    {
        var text = ExampleStack.WithWaiver(ExampleStack.With("immutability: locked", "immutability: unlocked"), "BAK-02", "2026-09-01", "2026-11-20");

        var result = ExampleStack.Validate(text);

        Single(result, "SI2309");
        Assert.Empty(Codes(result, "SI2313"));
    }

    [Fact]
    public void Validate_LocallyRedundantVault_IsAnError() =>
        Assert.Contains("locallyRedundant", Single(ExampleStack.Validate(ExampleStack.With("storageRedundancy: geoRedundant", "storageRedundancy: locallyRedundant")), "SI2310").Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_LocallyRedundantVaultWithWaiver_IsAWarningNamingTheWaiver()
    {
        var text = ExampleStack.WithWaiver(ExampleStack.With("storageRedundancy: geoRedundant", "storageRedundancy: locallyRedundant"), "BAK-01");

        var warning = Single(ExampleStack.Validate(text), "SI2313", Severity.Warning);

        Assert.Contains("BAK-01", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2027-01-29", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CrossRegionRestoreOff_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("crossRegionRestore: true", "crossRegionRestore: false")), "SI2311");

    [Fact]
    public void Validate_RetentionBelowPolicy_IsAnErrorForEachShortPeriod()
    {
        var text = ExampleStack.With("keepDailyDays: 30", "keepDailyDays: 14");
        text = ExampleStack.With(text, "keepWeeklyWeeks: 12", "keepWeeklyWeeks: 4");
        text = ExampleStack.With(text, "keepMonthlyMonths: 12", "keepMonthlyMonths: 6");

        var messages = ExampleStack.Validate(text).Diagnostics.Where(d => d.Code == "SI2312" && d.IsError).Select(d => d.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.Contains("daily backups for 14 days", StringComparison.Ordinal) && m.Contains("at least 30", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("weekly backups for 4 weeks", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("monthly backups for 6 months", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_VaultWithoutAlertRoles_IsAnError() =>
        Single(ExampleStack.Validate(ExampleStack.With("alertRoles: [itProvider, businessManager]", "alertRoles: []")), "SI2315");
}
