using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Reports.Text;

/// <summary>Config values in the words a headteacher uses: <c>drugsSubstanceAbuse</c> is "drugs and substance abuse".</summary>
public static class PlainNames
{
    public static string Of(ContentCategory category) => category switch
    {
        ContentCategory.Discrimination => "discrimination",
        ContentCategory.DrugsSubstanceAbuse => "drugs and substance abuse",
        ContentCategory.Extremism => "extremism",
        ContentCategory.Gambling => "gambling",
        ContentCategory.HateSpeech => "hate speech",
        ContentCategory.MalwareHacking => "malware and hacking",
        ContentCategory.Pornography => "pornography",
        ContentCategory.PiracyCopyrightTheft => "piracy and copyright theft",
        ContentCategory.SelfHarm => "self-harm",
        ContentCategory.Violence => "violence",
        ContentCategory.ProxyAndVpn => "proxies and VPNs (ways round the filter)",
        ContentCategory.SocialMedia => "social media",
        ContentCategory.Chat => "chat",
        ContentCategory.Games => "games",
        ContentCategory.Dating => "dating",
        ContentCategory.Weapons => "weapons",
        ContentCategory.Alcohol => "alcohol",
        _ => category.ToString(),
    };

    public static string Of(FilterFeature feature) => feature switch
    {
        FilterFeature.IllegalContent => "the illegal-content block",
        FilterFeature.Categories => "category blocking",
        FilterFeature.BlockList => "the block list",
        FilterFeature.AllowList => "the allow list",
        FilterFeature.SafeSearch => "safe search",
        FilterFeature.Circumvention => "blocking ways round the filter",
        FilterFeature.UserIdentification => "logging blocks to a person",
        FilterFeature.OffSiteDevices => "filtering devices off site",
        _ => feature.ToString(),
    };

    public static string Of(FilteringBackend backend) => backend switch
    {
        FilteringBackend.Upstream => "the local authority or broadband filter",
        FilteringBackend.GlobalSecureAccess => "device-level filtering (Global Secure Access)",
        FilteringBackend.AzureDns => "Azure DNS filtering",
        _ => backend.ToString(),
    };

    public static string Of(SafeSearchLevel level) => level == SafeSearchLevel.Strict ? "strict" : "moderate";

    public static string Of(GroupKind kind) => kind switch
    {
        GroupKind.Teaching => "teaching staff",
        GroupKind.Support => "support staff",
        GroupKind.Office => "office staff",
        GroupKind.Slt => "senior leaders",
        GroupKind.Dsl => "safeguarding leads",
        GroupKind.ItAdmin => "IT administrators",
        GroupKind.Governor => "governors",
        GroupKind.Pupil => "pupils",
        GroupKind.Guest => "guests",
        GroupKind.Service => "service accounts",
        _ => kind.ToString(),
    };

    public static string Of(AccessLevel level) => level switch
    {
        AccessLevel.Read => "read",
        AccessLevel.Write => "write",
        AccessLevel.Admin => "administrator",
        _ => level.ToString(),
    };

    public static string Of(KeyStage stage) => stage switch
    {
        KeyStage.Eyfs => "Reception (EYFS)",
        KeyStage.Ks1 => "key stage 1",
        KeyStage.LowerKs2 => "lower key stage 2",
        KeyStage.UpperKs2 => "upper key stage 2",
        KeyStage.Ks3 => "key stage 3",
        KeyStage.Ks4 => "key stage 4",
        KeyStage.Ks5 => "sixth form",
        _ => stage.ToString(),
    };

    public static string Of(GuestType type) => type switch
    {
        GuestType.Visitor => "visitor",
        GuestType.Supply => "supply",
        GuestType.Trainee => "trainee",
        GuestType.Contractor => "contractor",
        _ => type.ToString(),
    };

    public static string Of(CopyMedium medium) => medium switch
    {
        CopyMedium.CloudVault => "cloud vault",
        CopyMedium.Nas => "network storage (NAS)",
        CopyMedium.RemovableDrive => "removable drives",
        CopyMedium.Tape => "tape",
        CopyMedium.BackupService => "cloud backup service",
        _ => medium.ToString(),
    };

    public static string Of(StoragePlace place) => place switch
    {
        StoragePlace.Cloud => "in the cloud",
        StoragePlace.ServerRoom => "in the school's server room",
        StoragePlace.SchoolSafe => "in the school safe",
        StoragePlace.SecureOffSitePremises => "in a secure place away from school",
        StoragePlace.Home => "at someone's home",
        _ => place.ToString(),
    };

    public static string Of(StorageRedundancy redundancy) => redundancy switch
    {
        StorageRedundancy.LocallyRedundant => "one data centre",
        StorageRedundancy.ZoneRedundant => "several data centres in one region",
        StorageRedundancy.GeoRedundant => "two regions far apart",
        _ => redundancy.ToString(),
    };

    public static string Of(ImmutabilityState state) => state switch
    {
        ImmutabilityState.Disabled => "off",
        ImmutabilityState.Unlocked => "on but not locked",
        ImmutabilityState.Locked => "locked",
        _ => state.ToString(),
    };

    public static string Of(EntraLogCategory category) => category switch
    {
        EntraLogCategory.AuditLogs => "change logs",
        EntraLogCategory.SignInLogs => "sign-in logs",
        EntraLogCategory.NonInteractiveUserSignInLogs => "background sign-in logs",
        EntraLogCategory.ServicePrincipalSignInLogs => "app sign-in logs",
        EntraLogCategory.ManagedIdentitySignInLogs => "managed identity sign-in logs",
        EntraLogCategory.ProvisioningLogs => "account provisioning logs",
        EntraLogCategory.RiskyUsers => "risky user reports",
        EntraLogCategory.UserRiskEvents => "user risk events",
        _ => category.ToString(),
    };

    public static string Of(AlertTrigger trigger) => trigger switch
    {
        AlertTrigger.BreakGlassSignIn => "an emergency account signs in",
        AlertTrigger.ConditionalAccessChanged => "a sign-in rule is changed",
        AlertTrigger.PrivilegedRoleAssigned => "someone is made an administrator",
        AlertTrigger.BackupSecurityChanged => "backup security settings change",
        _ => trigger.ToString(),
    };

    public static string Of(MonitoringMethod method) => method switch
    {
        MonitoringMethod.InPerson => "adults watching screens",
        MonitoringMethod.NetworkLogs => "network logs",
        MonitoringMethod.DeviceMonitoring => "monitoring software on devices",
        _ => method.ToString(),
    };

    public static string Of(DevicePlatform platform) => platform switch
    {
        DevicePlatform.Windows => "Windows",
        DevicePlatform.IPadOs => "iPad",
        DevicePlatform.MacOs => "Mac",
        _ => platform.ToString(),
    };

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
