
namespace SchoolInfra.Core.Model.Devices;

public enum DeviceAudience
{
    Pupil,
    Staff,
    Shared,
}
