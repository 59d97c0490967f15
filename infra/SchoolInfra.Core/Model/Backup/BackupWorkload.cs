
namespace SchoolInfra.Core.Model.Backup;

public enum BackupWorkload
{
    AzureVm,
    AzureFileShare,
}
