using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Logging;

namespace SchoolInfra.Policy.Tests;

/// <summary>Variations of the example school's config, made with <c>with</c> expressions.</summary>
public static class Change
{
    public static SchoolConfig Filtering(Func<FilteringConfig, FilteringConfig> change) =>
        Example.Config with { Filtering = change(Example.Config.Filtering!) };

    public static FilteringConfig Profile(this FilteringConfig filtering, string key, Func<FilteringProfile, FilteringProfile> change) =>
        filtering with { Profiles = [.. filtering.Profiles.Select(p => p.Key == key ? change(p) : p)] };

    public static FilteringConfig Upstream(this FilteringConfig filtering, Func<UpstreamFilter, UpstreamFilter> change) =>
        filtering with { Upstream = change(filtering.Upstream!) };

    public static FilteringConfig Exception(this FilteringConfig filtering, string domain, Func<FilteringException, FilteringException> change) =>
        filtering with { Exceptions = [.. filtering.Exceptions.Select(e => e.Domain == domain ? change(e) : e)] };

    public static SchoolConfig Backups(Func<BackupConfig, BackupConfig> change) =>
        Example.Config with { Backups = change(Example.Config.Backups!) };

    public static BackupConfig Copy(this BackupConfig backups, string key, Func<BackupCopy, BackupCopy> change) =>
        backups with { Copies = [.. backups.Copies.Select(c => c.Key == key ? change(c) : c)] };

    public static BackupConfig Vault(this BackupConfig backups, string key, Func<BackupVault, BackupVault> change) =>
        backups with { Vaults = [.. backups.Vaults.Select(v => v.Key == key ? change(v) : v)] };

    public static SchoolConfig Logging(Func<LoggingConfig, LoggingConfig> change) =>
        Example.Config with { Logging = change(Example.Config.Logging!) };

    public static SchoolConfig Devices(Func<DevicesConfig, DevicesConfig> change) =>
        Example.Config with { Devices = change(Example.Config.Devices!) };

    public static SchoolConfig Windows(Func<WindowsBaseline, WindowsBaseline> change) =>
        Devices(d => d with { Windows = change(d.Windows!) });

    public static SchoolConfig Ipads(Func<IpadBaseline, IpadBaseline> change) =>
        Devices(d => d with { Ipads = change(d.Ipads!) });
}
