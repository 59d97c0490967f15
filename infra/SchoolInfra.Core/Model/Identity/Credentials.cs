
namespace SchoolInfra.Core.Model.Identity;

public enum Credentials
{
    Individual,
    ClassLogon,
}
