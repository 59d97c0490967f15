
namespace SchoolInfra.Core.Model.Filtering;

public enum ConnectionKind
{
    Primary,
    Failover,
    Mobile,
}
