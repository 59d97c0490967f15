
namespace SchoolInfra.Core.Model.School;

public enum EntraLicence
{
    Free,
    P1,
    P2,
}
