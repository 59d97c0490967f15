
namespace SchoolInfra.Core.Model.Backup;

public enum CopyLocation
{
    OnSite,
    OffSite,
}
