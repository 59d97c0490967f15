namespace SchoolInfra.Core.Config;

/// <summary>The kinds of named things a school declares and other settings refer to by key.</summary>
public enum RefKind
{
    Group,
    AccessArea,
    NamedLocation,
    BreakGlassAccount,
    FilteringProfile,
    FilteringConnection,
    BackupVault,
    BackupPolicy,
    BackupCopy,
    DataSource,
    DeviceGroup,
    UpdateRing,
    Script,
    SmartGroup,
    TemporaryAccount,
    JamfClass,
}
