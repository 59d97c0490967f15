
namespace SchoolInfra.Core.Model.Identity;

public enum AccessLevel
{
    Read,
    Write,
    Admin,
}
