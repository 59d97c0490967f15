using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SchoolInfra.Core.Model.Backup;

namespace SchoolInfra.Core.Tests.Model.Backup;

/// <summary>Properties of the 3-2-1-1 counter that must hold for any declaration a school could write.</summary>
[Properties(Arbitrary = [typeof(BackupGenerators)], MaxTest = 300)]
public class BackupCopyCounterProperties
{
    [Property]
    public bool Count_AddingACopy_NeverDecreasesAnyCount(BackupConfig config, BackupCopy extra)
    {
        var before = BackupCopyCounter.Count(config);
        var after = BackupCopyCounter.Count(config with { Copies = config.Copies.Add(extra) });

        return after.Copies == before.Copies + 1
            && after.MediaKinds >= before.MediaKinds
            && after.OffSite >= before.OffSite
            && after.Offline >= before.Offline
            && after.Immutable >= before.Immutable
            && (!before.Meets3211 || after.Meets3211)
            && after.Shortfalls.All(before.Shortfalls.Contains);
    }

    [Property]
    public Property Count_RemovingTheOnlyOfflineCopy_BreaksTheOfflineRule(BackupConfig config) =>
        Prop.ForAll(Gen.Elements(CopyMedium.RemovableDrive, CopyMedium.Tape).ToArbitrary(), medium =>
        {
            // Nothing else is offline: copies declared online, vaults not locked.
            var online = config with
            {
                Copies = [.. config.Copies.Select(c => c with { Offline = false })],
                Vaults = [.. config.Vaults.Select(v => v with { Immutability = ImmutabilityState.Unlocked })],
            };
            var only = BackupGenerators.Copy("onlyOffline", medium, null, CopyLocation.OffSite, StoragePlace.SecureOffSitePremises, offline: true);
            var with = BackupCopyCounter.Count(online with { Copies = online.Copies.Add(only) });
            var without = BackupCopyCounter.Count(online);

            return with.Offline == 1 && with.ProtectedCopies.SequenceEqual(["onlyOffline"])
                && without.Offline == 0 && !without.Meets3211 && without.Shortfalls.Contains(BackupShortfall.NoProtectedCopy);
        });

    [Property]
    public bool Count_NetworkAndCloudCopies_AreNeverOffline(BackupConfig config) =>
        BackupCopyCounter.Count(config with { Copies = [.. config.Copies.Where(c => c.Medium is CopyMedium.Nas or CopyMedium.CloudVault or CopyMedium.BackupService)] }).Offline == 0;

    [Property]
    public bool Count_CountingTheLiveCopy_AddsExactlyOneCopy(BackupConfig config)
    {
        var without = BackupCopyCounter.Count(config with { CountLiveCopy = false });
        var with = BackupCopyCounter.Count(config with { CountLiveCopy = true });

        return with.Copies == without.Copies + 1
            && with.CountsLiveCopy && !without.CountsLiveCopy
            && with.MediaKinds == without.MediaKinds
            && with.OffSite == without.OffSite
            && with.Offline == without.Offline
            && with.Immutable == without.Immutable
            && with.ProtectedCopies.SequenceEqual(without.ProtectedCopies);
    }

    [Property]
    public Property Count_OrderOfCopies_NeverMatters(BackupConfig config) =>
        Prop.ForAll(Gen.Shuffle(config.Copies.ToArray()).ToArbitrary(), shuffled =>
            BackupCopyCounter.Count(config).Equals(BackupCopyCounter.Count(config with { Copies = [.. shuffled] })));

    [Property]
    public bool Count_SameDeclaration_SameResult(BackupConfig config) =>
        BackupCopyCounter.Count(config).Equals(BackupCopyCounter.Count(config with { Copies = [.. config.Copies] }));

    [Property]
    public bool Count_Meets3211_ExactlyWhenNothingIsShort(BackupConfig config)
    {
        var result = BackupCopyCounter.Count(config);

        return result.Meets3211 == result.Shortfalls.IsEmpty
            && (!result.Meets3211 || result.Meets321)
            && result.Offline <= result.Copies
            && result.OffSite <= result.Copies
            && result.Offline + result.Immutable == result.ProtectedCopies.Length
            && result.MediaKinds <= result.Copies;
    }
}
