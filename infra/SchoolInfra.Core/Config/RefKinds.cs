namespace SchoolInfra.Core.Config;

/// <summary>Words for messages about each kind of declared thing.</summary>
public static class RefKinds
{
    public static string Noun(RefKind kind) => kind switch
    {
        RefKind.Group => "Group",
        RefKind.AccessArea => "Access area",
        RefKind.NamedLocation => "Named location",
        RefKind.BreakGlassAccount => "Emergency account",
        RefKind.FilteringProfile => "Filtering profile",
        RefKind.FilteringConnection => "Internet connection",
        RefKind.BackupVault => "Backup vault",
        RefKind.BackupPolicy => "Backup policy",
        RefKind.BackupCopy => "Backup copy",
        RefKind.DataSource => "Data source",
        RefKind.DeviceGroup => "Device group",
        RefKind.UpdateRing => "Update ring",
        RefKind.Script => "Script",
        RefKind.SmartGroup => "iPad group",
        RefKind.TemporaryAccount => "Temporary account",
        RefKind.JamfClass => "Class",
        _ => kind.ToString(),
    };

    public static string DeclaredUnder(RefKind kind) => kind switch
    {
        RefKind.Group => "schoolinfra:identity groups",
        RefKind.AccessArea => "schoolinfra:identity accessAreas",
        RefKind.NamedLocation => "schoolinfra:identity namedLocations",
        RefKind.BreakGlassAccount => "schoolinfra:identity breakGlass",
        RefKind.FilteringProfile => "schoolinfra:filtering profiles",
        RefKind.FilteringConnection => "schoolinfra:filtering connections",
        RefKind.BackupVault => "schoolinfra:backups vaults",
        RefKind.BackupPolicy => "schoolinfra:backups policies",
        RefKind.BackupCopy => "schoolinfra:backups copies",
        RefKind.DataSource => "schoolinfra:backups dataSources",
        RefKind.DeviceGroup => "schoolinfra:devices groups",
        RefKind.UpdateRing => "schoolinfra:devices windows updateRings",
        RefKind.Script => "schoolinfra:devices windows scripts",
        RefKind.SmartGroup => "schoolinfra:devices ipads deviceGroups",
        RefKind.TemporaryAccount => "schoolinfra:identity temporaryAccounts",
        RefKind.JamfClass => "schoolinfra:devices ipads classes",
        _ => kind.ToString(),
    };
}
