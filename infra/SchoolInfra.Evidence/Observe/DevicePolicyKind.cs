namespace SchoolInfra.Evidence.Observe;

public enum DevicePolicyKind
{
    Compliance,
    SettingsCatalog,
}
