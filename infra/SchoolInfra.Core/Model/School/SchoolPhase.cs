
namespace SchoolInfra.Core.Model.School;

public enum SchoolPhase
{
    Nursery,
    Infant,
    Junior,
    Primary,
    Middle,
    Secondary,
    AllThrough,
    Special,
}
