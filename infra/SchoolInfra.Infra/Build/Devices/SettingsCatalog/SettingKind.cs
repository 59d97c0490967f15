
namespace SchoolInfra.Infra.Build.Devices.SettingsCatalog;

/// <summary>The Graph setting-instance shapes a baseline uses (deviceManagementConfiguration*SettingInstance).</summary>
public enum SettingKind
{
    Choice,
    WholeNumber,
    Text,
    TextCollection,
    ChoiceCollection,
    GroupCollection,
}
