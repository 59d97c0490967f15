
namespace SchoolInfra.Core.Model.Identity;

public enum AccessAreaKind
{
    App,
    Share,
    Site,
    DirectoryRole,
}
