
namespace SchoolInfra.Core.Model.Filtering;

public enum FilteringBackend
{
    Upstream,
    GlobalSecureAccess,
    AzureDns,
}
