using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Drift;

/// <summary>
/// How this school's drift check treats differences the clouds make by themselves: which of SchoolInfra's built-in
/// ignore rules it switches off, and any rules of its own. Each rule has a reason a governor could read.
/// </summary>
public sealed record DriftSettings : ConfigRecord
{
    [Description("Built-in ignore rules to switch off for this school, by name (e.g. azure-tags when the school declares tags), so those differences count as drift again.")]
    public ImmutableArray<string> Watch { get; init; } = [];

    [Description("The school's own ignore rules: differences that are safe to ignore here, each with its reason.")]
    public ImmutableArray<DriftIgnoreEntry> Ignore { get; init; } = [];
}
