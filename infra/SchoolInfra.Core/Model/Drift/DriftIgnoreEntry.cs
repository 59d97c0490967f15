using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Drift;

/// <summary>One school-specific drift ignore rule.</summary>
public sealed record DriftIgnoreEntry : ConfigRecord
{
    [Description("A short kebab-case name, shown in drift reports, e.g. la-asset-tags.")]
    public required string Name { get; init; }

    [Description("The resource types it applies to: a Pulumi type token, a package followed by :* (azure-native:*), or * for all.")]
    public required string Types { get; init; }

    [Description("The setting it ignores: a property path such as tags (that property and everything below it), or *.name for a property of that name at any depth.")]
    public required string Path { get; init; }

    [Description("Why ignoring it is safe, in a sentence a governor could read.")]
    public required string Reason { get; init; }

    [Description("Ignore only values added on the live side; a declared value that was changed or removed is still drift.")]
    public bool OnlyAdded { get; init; }
}
