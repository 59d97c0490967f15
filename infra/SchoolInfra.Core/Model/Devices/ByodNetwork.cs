
namespace SchoolInfra.Core.Model.Devices;

public enum ByodNetwork
{
    None,
    GuestNetwork,
}
