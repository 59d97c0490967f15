
namespace SchoolInfra.Core.Model.Devices;

public enum DevicePlatform
{
    Windows,
    IPadOs,
    MacOs,
}
