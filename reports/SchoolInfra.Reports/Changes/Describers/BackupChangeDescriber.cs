using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>What is backed up, the copies (3-2-1-1), vaults, immutability and how long backups are kept.</summary>
internal static class BackupChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Backups;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        switch (before.Backups, after.Backups)
        {
            case (null, null):
                return;
            case (null, not null):
                changes.Add(Area, "Adds the school's backup settings.", ["BAK-01", "BAK-03"]);
                return;
            case (not null, null):
                changes.Add(Area, "Removes all of the school's backup settings.", ["BAK-01", "BAK-03"], RiskFlag.BackupWeakened);
                return;
            case ({ } b, { } a):
                if (b.CountLiveCopy != a.CountLiveCopy)
                {
                    changes.Add(Area, a.CountLiveCopy
                            ? "Counts the live data as one of the three copies, so one fewer backup copy is needed."
                            : "Stops counting the live data as one of the three copies.",
                        ["BAK-01"], a.CountLiveCopy ? [RiskFlag.BackupWeakened] : []);
                }

                DescribeDataSources(b, a, changes);
                BackupVaultDescriber.Describe(b, a, changes);
                DescribeCopies(b, a, changes);
                return;
        }
    }

    private static void DescribeDataSources(BackupConfig b, BackupConfig a, ChangeList changes)
    {
        string CopyNames(IEnumerable<string> keys) => EnglishList.Join(keys.Select(k =>
            "\"" + (a.Copies.FirstOrDefault(c => c.Key == k)?.Name ?? b.Copies.FirstOrDefault(c => c.Key == k)?.Name ?? k) + "\""));
        var (added, removed, kept) = KeyedPairs.Match(b.DataSources, a.DataSources, s => s.Key);
        foreach (var source in added)
        {
            changes.Add(Area, $"Adds \"{source.Name}\" to what is backed up, kept in {CopyNames(source.BackedUpTo)}.", ["BAK-03"]);
        }

        foreach (var source in removed)
        {
            changes.Add(Area, $"Takes \"{source.Name}\" off the list of what is backed up.", ["BAK-03"], RiskFlag.BackupWeakened);
        }

        foreach (var (old, now) in kept)
        {
            var (into, outOf) = KeyedPairs.Sets(old.BackedUpTo, now.BackedUpTo);
            if (outOf.Count > 0)
            {
                changes.Add(Area, $"\"{now.Name}\" will no longer be kept in {CopyNames(outOf)}.", ["BAK-01", "BAK-03"], RiskFlag.BackupWeakened);
            }

            if (into.Count > 0)
            {
                changes.Add(Area, $"\"{now.Name}\" will also be kept in {CopyNames(into)}.", ["BAK-01", "BAK-03"]);
            }
        }
    }

    private static void DescribeCopies(BackupConfig b, BackupConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Copies, a.Copies, c => c.Key);
        foreach (var copy in added)
        {
            changes.Add(Area, $"Adds the backup copy \"{copy.Name}\" ({PlainNames.Of(copy.Medium)}, {PlainNames.Of(copy.StoragePlace)}).", ["BAK-01"],
                copy.StoragePlace == StoragePlace.Home || !copy.Encrypted ? [RiskFlag.BackupWeakened] : []);
        }

        foreach (var copy in removed)
        {
            changes.Add(Area, $"Removes the backup copy \"{copy.Name}\".", ["BAK-01", "BAK-02"], RiskFlag.BackupWeakened);
        }

        foreach (var (old, now) in kept)
        {
            var name = $"\"{now.Name}\"";
            if (old.Offline != now.Offline)
            {
                changes.Add(Area, now.Offline ? $"Keeps the copy {name} offline between backups." : $"The copy {name} will no longer be kept offline.",
                    ["BAK-02"], now.Offline ? [] : [RiskFlag.BackupWeakened]);
            }

            if (old.Encrypted != now.Encrypted)
            {
                changes.Add(Area, now.Encrypted ? $"Encrypts the copy {name}." : $"The copy {name} will no longer be encrypted.",
                    ["BAK-07"], now.Encrypted ? [] : [RiskFlag.BackupWeakened]);
            }

            if (old.StoragePlace != now.StoragePlace || old.Location != now.Location)
            {
                changes.Add(Area, $"Keeps the copy {name} {PlainNames.Of(now.StoragePlace)} (was {PlainNames.Of(old.StoragePlace)}).",
                    ["BAK-01", "BAK-07"], now.StoragePlace == StoragePlace.Home || (old.Location == CopyLocation.OffSite && now.Location == CopyLocation.OnSite) ? [RiskFlag.BackupWeakened] : []);
            }

            if (old.Medium != now.Medium)
            {
                changes.Add(Area, $"Moves the copy {name} to {PlainNames.Of(now.Medium)} (was {PlainNames.Of(old.Medium)}).", ["BAK-01"]);
            }

            if (old.Rotation is { } was && now.Rotation is { } rotation && (was.Drives != rotation.Drives || was.EveryDays != rotation.EveryDays))
            {
                changes.Add(Area, $"Rotates {rotation.Drives} drives for {name} every {EnglishList.Count(rotation.EveryDays, "day")} (was {was.Drives} drives every {EnglishList.Count(was.EveryDays, "day")}).", ["BAK-02"]);
            }
        }
    }
}
