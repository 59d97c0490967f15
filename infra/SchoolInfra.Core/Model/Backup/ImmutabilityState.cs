
namespace SchoolInfra.Core.Model.Backup;

public enum ImmutabilityState
{
    Disabled,
    Unlocked,
    Locked,
}
