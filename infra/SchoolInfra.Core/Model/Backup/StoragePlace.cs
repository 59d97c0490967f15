
namespace SchoolInfra.Core.Model.Backup;

public enum StoragePlace
{
    Cloud,
    ServerRoom,
    SchoolSafe,
    SecureOffSitePremises,
    Home,
}
