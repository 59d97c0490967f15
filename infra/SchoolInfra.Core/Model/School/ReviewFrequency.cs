
namespace SchoolInfra.Core.Model.School;

public enum ReviewFrequency
{
    Termly,
    Annual,
}
