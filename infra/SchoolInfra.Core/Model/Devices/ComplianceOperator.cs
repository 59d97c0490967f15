
namespace SchoolInfra.Core.Model.Devices;

/// <summary>Operators of an Intune custom-compliance rule (the rules file's "Operator").</summary>
public enum ComplianceOperator
{
    IsEquals,
    NotEquals,
    GreaterThan,
    GreaterEquals,
    LessThan,
    LessEquals,
}
