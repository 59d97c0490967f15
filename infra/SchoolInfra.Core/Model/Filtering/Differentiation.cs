
namespace SchoolInfra.Core.Model.Filtering;

public enum Differentiation
{
    ByGroup,
    Uniform,
}
