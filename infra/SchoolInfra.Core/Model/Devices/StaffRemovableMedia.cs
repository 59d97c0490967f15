
namespace SchoolInfra.Core.Model.Devices;

public enum StaffRemovableMedia
{
    Blocked,
    SchoolIssuedEncryptedOnly,
}
