
namespace SchoolInfra.Core.Model.Identity;

public enum GuestType
{
    Visitor,
    Supply,
    Trainee,
    Contractor,
}
