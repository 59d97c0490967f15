
namespace SchoolInfra.Core.Model.Devices;

public enum VisitorMedia
{
    None,
    ScanningStation,
}
