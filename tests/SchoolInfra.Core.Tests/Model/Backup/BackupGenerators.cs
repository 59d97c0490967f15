using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Tests.Model.Backup;

/// <summary>
/// FsCheck arbitraries for backup declarations: up to two vaults with any immutability, up to seven copies on any
/// medium, place and location, some naming a vault that does not exist (validation reports that; the counter must
/// still answer).
/// </summary>
public static class BackupGenerators
{
    private static readonly string[] VaultKeys = ["main", "second", "missing"];

    public static Arbitrary<BackupConfig> Configs() => ConfigGen().ToArbitrary();

    public static Arbitrary<BackupCopy> Copies() => CopyGen("extra").ToArbitrary();

    public static Gen<BackupConfig> ConfigGen() =>
        from vaultCount in Gen.Choose(0, 2)
        from immutability in Gen.ArrayOf(Gen.Elements(Enum.GetValues<ImmutabilityState>()), vaultCount)
        from copyCount in Gen.Choose(0, 7)
        from copies in Gen.CollectToArray(Enumerable.Range(0, copyCount), i => CopyGen($"copy{i}"))
        from countLive in Gen.Elements(true, false)
        select new BackupConfig
        {
            CountLiveCopy = countLive,
            DataSources = [],
            Vaults = [.. immutability.Select((state, i) => Vault(VaultKeys[i], state))],
            Copies = [.. copies],
        };

    public static Gen<BackupCopy> CopyGen(string key) =>
        from medium in Gen.Elements(Enum.GetValues<CopyMedium>())
        from vault in Gen.Elements(VaultKeys)
        from location in Gen.Elements(Enum.GetValues<CopyLocation>())
        from place in Gen.Elements(StoragePlace.Cloud, StoragePlace.ServerRoom, StoragePlace.SchoolSafe, StoragePlace.SecureOffSitePremises)
        from offline in Gen.Elements(true, false)
        select Copy(key, medium, medium == CopyMedium.CloudVault ? vault : null, location, place, offline);

    public static BackupCopy Copy(string key, CopyMedium medium, string? vault, CopyLocation location, StoragePlace place, bool offline) => new()
    {
        Key = key,
        Name = key,
        Medium = medium,
        Vault = vault,
        Location = location,
        StoragePlace = place,
        Offline = offline,
        Encrypted = true,
        Encryption = "test encryption",
    };

    public static BackupVault Vault(string key, ImmutabilityState immutability) => new()
    {
        Key = key,
        Name = $"rsv-{key}",
        Immutability = immutability,
        AlertRoles = ImmutableArray.Create(SchoolRole.ItProvider),
        AlertEmail = "servicedesk@example.test",
    };
}
