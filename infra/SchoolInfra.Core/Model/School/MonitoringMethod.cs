
namespace SchoolInfra.Core.Model.School;

public enum MonitoringMethod
{
    InPerson,
    NetworkLogs,
    DeviceMonitoring,
}
