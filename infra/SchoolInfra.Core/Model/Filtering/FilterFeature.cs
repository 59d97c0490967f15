
namespace SchoolInfra.Core.Model.Filtering;

/// <summary>What a filtering backend can enforce.</summary>
public enum FilterFeature
{
    IllegalContent,
    Categories,
    BlockList,
    AllowList,
    SafeSearch,
    Circumvention,
    UserIdentification,
    OffSiteDevices,
}
