
namespace SchoolInfra.Core.Model.Devices;

public enum ByodStaffAccess
{
    None,
    AppProtection,
}
