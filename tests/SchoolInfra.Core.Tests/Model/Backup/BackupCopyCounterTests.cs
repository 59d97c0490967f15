using SchoolInfra.Core.Model.Backup;

namespace SchoolInfra.Core.Tests.Model.Backup;

public class BackupCopyCounterTests
{
    [Fact]
    public void Count_ExampleSchool_Meets3211()
    {
        var backups = ExampleStack.Validate(ExampleStack.Text).Config?.Backups;
        Assert.NotNull(backups);

        var result = BackupCopyCounter.Count(backups);

        // The immutable cloud vault is immutable, not offline: only the rotated drives are unplugged between runs.
        Assert.Equal(new BackupRuleResult(4, 3, 3, 1, 1, false, ["cloudVault", "usbRotation"], []), result);
        Assert.True(result.Meets3211);
    }

    [Fact]
    public void Count_CloudVaultDeclaredOfflineButUnlocked_IsNotOffline()
    {
        BackupConfig backups = new()
        {
            DataSources = [],
            Vaults = [BackupGenerators.Vault("main", ImmutabilityState.Unlocked)],
            Copies = [BackupGenerators.Copy("vault", CopyMedium.CloudVault, "main", CopyLocation.OffSite, StoragePlace.Cloud, offline: true)],
        };

        var result = BackupCopyCounter.Count(backups);

        Assert.Equal(0, result.Offline);
        Assert.Equal(0, result.Immutable);
        Assert.Contains(BackupShortfall.NoProtectedCopy, result.Shortfalls);
    }

    [Fact]
    public void Count_VaultAndBackupService_AreOneKindOfStorage()
    {
        BackupConfig backups = new()
        {
            DataSources = [],
            Vaults = [BackupGenerators.Vault("main", ImmutabilityState.Locked)],
            Copies =
            [
                BackupGenerators.Copy("vault", CopyMedium.CloudVault, "main", CopyLocation.OffSite, StoragePlace.Cloud, offline: false),
                BackupGenerators.Copy("service", CopyMedium.BackupService, null, CopyLocation.OnSite, StoragePlace.Cloud, offline: false),
                BackupGenerators.Copy("service2", CopyMedium.BackupService, null, CopyLocation.OffSite, StoragePlace.Cloud, offline: false),
            ],
        };

        var result = BackupCopyCounter.Count(backups);

        Assert.Equal(1, result.MediaKinds);
        Assert.Equal(3, result.OffSite);
        Assert.Equal(BackupShortfall.TooFewMediaKinds, Assert.Single(result.Shortfalls));
        Assert.True(result.Offline == 0 && result.Immutable == 1);
    }

    [Fact]
    public void Count_ImmutableVaultDeclaredOffline_IsImmutableNotOffline()
    {
        BackupConfig backups = new()
        {
            DataSources = [],
            Vaults = [BackupGenerators.Vault("main", ImmutabilityState.Locked)],
            Copies = [BackupGenerators.Copy("vault", CopyMedium.CloudVault, "main", CopyLocation.OffSite, StoragePlace.Cloud, offline: true)],
        };

        var result = BackupCopyCounter.Count(backups);

        Assert.Equal(0, result.Offline);
        Assert.Equal(1, result.Immutable);
        Assert.Equal(["vault"], result.ProtectedCopies.ToArray());
    }

    [Fact]
    public void CountFor_Microsoft365WithOneCopy_IsShortWhateverTheOtherDataHas()
    {
        var backups = ExampleStack.Validate(ExampleStack.Text).Config?.Backups;
        Assert.NotNull(backups);
        var m365 = backups.DataSources.Single(s => s.Kind == DataSourceKind.M365SharePoint);

        var whole = BackupCopyCounter.Count(backups);
        var mail = BackupCopyCounter.CountFor(m365, backups);

        Assert.True(whole.Meets321);
        Assert.Equal(1, mail.Copies);
        Assert.False(mail.Meets321);
        Assert.Equal([BackupShortfall.TooFewCopies, BackupShortfall.TooFewMediaKinds, BackupShortfall.NoProtectedCopy], mail.Shortfalls.ToArray());
    }
}
