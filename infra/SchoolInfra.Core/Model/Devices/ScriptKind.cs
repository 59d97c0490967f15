
namespace SchoolInfra.Core.Model.Devices;

public enum ScriptKind
{
    Detection,
    Remediation,
    CustomCompliance,
}
