namespace SchoolInfra.Core.Validation;

/// <summary>Domain checks that go beyond types: cross-field rules a school must get right before anything is built.</summary>
public interface IConfigCheck
{
    void Check(ValidationContext context);
}
