using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>
/// One control as written in policy/controls/*.yaml, bound by the same binder as the stack file so that misspelt
/// keys, missing values and unknown enum words get the usual SI20xx diagnostics. <c>parameters</c> is read
/// separately (a free mapping of names to single values).
/// </summary>
public sealed record ControlEntry : ConfigRecord
{
    [Description("Stable id such as MFA-01: three capitals, a hyphen, two digits.")]
    public required string Id { get; init; }

    [Description("The report section, e.g. \"Identity and access\".")]
    public required string Domain { get; init; }

    public required string Title { get; init; }

    [Description("One plain sentence a governor understands (the \"Governors:\" line of reference/controls.md).")]
    public required string Statement { get; init; }

    [Description("Short names of the standards it answers, e.g. \"DfE-CS CS4\", \"NCSC-MFA\", \"CE\".")]
    public required ImmutableArray<string> Standards { get; init; }

    public required ControlSeverity Severity { get; init; }

    public required ImmutableArray<EvidenceKind> Evidence { get; init; }

    [Description("Live reads that fully cover the control's tenant part, e.g. [refresh] when Pulumi's refresh of the declared resources is the whole live check.")]
    public ImmutableArray<LiveCheck> Live { get; init; } = [];

    [Description("The id of the C# rule that checks it: the control id in lower case.")]
    public required string Rule { get; init; }
}
