
namespace SchoolInfra.Core.Model.Backup;

public enum StorageRedundancy
{
    LocallyRedundant,
    ZoneRedundant,
    GeoRedundant,
}
