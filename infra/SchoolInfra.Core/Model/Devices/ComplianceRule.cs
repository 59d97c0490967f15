using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>
/// One rule of a custom-compliance script: the script prints a JSON object, and Intune compares the named value with the
/// operand. The rules file is generated from these, never hand-written.
/// </summary>
public sealed record ComplianceRule : ConfigRecord
{
    [Description("The key the script's JSON output uses, e.g. PublicFirewall.")]
    public required string Setting { get; init; }

    public ComplianceOperator Operator { get; init; } = ComplianceOperator.IsEquals;

    public ComplianceDataType DataType { get; init; } = ComplianceDataType.Boolean;

    [Description("The value to compare with, written as text (true, 3, 10.0.22631).")]
    public required string Operand { get; init; }

    [Description("What the device's user is told when the rule fails, in plain English.")]
    public required string Message { get; init; }
}
