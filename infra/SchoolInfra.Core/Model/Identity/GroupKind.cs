
namespace SchoolInfra.Core.Model.Identity;

public enum GroupKind
{
    Teaching,
    Support,
    Office,
    Slt,
    Dsl,
    ItAdmin,
    Governor,
    Pupil,
    Guest,
    Service,
}
