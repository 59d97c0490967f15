
namespace SchoolInfra.Core.Model.Filtering;

public enum SafeSearchLevel
{
    Strict,
    Moderate,
}
