
namespace SchoolInfra.Core.Model.Identity;

public enum PolicyState
{
    Enabled,
    ReportOnly,
}
