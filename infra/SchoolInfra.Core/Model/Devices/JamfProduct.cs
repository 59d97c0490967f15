
namespace SchoolInfra.Core.Model.Devices;

public enum JamfProduct
{
    JamfPro,
    JamfSchool,
}
