
namespace SchoolInfra.Core.Model.Backup;

public enum DataSourceKind
{
    Mis,
    FileServer,
    Nas,
    M365Mail,
    M365OneDrive,
    M365SharePoint,
    M365Teams,
    Safeguarding,
    Finance,
    AzureVm,
    AzureFiles,
}
