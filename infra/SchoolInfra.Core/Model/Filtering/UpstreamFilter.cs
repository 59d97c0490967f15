using System.Collections.Immutable;
using System.ComponentModel;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>The filter the local authority or ISP runs (FIL-03): declared, with evidence of its last check.</summary>
public sealed record UpstreamFilter : ConfigRecord
{
    public required string Provider { get; init; }

    [Description("The provider is a member of the Internet Watch Foundation and blocks its URL list.")]
    public required bool IwfMember { get; init; }

    [Description("The provider blocks the police-assessed terrorist content list (CTIRU).")]
    public required bool CtiruList { get; init; }

    [Description("What this filter enforces for the school.")]
    public required ImmutableArray<FilterFeature> Enforces { get; init; }

    [Description("Content categories this filter blocks for every user.")]
    public ImmutableArray<ContentCategory> BlockedCategories { get; init; } = [];

    [Description("Date of the last termly check of this filter.")]
    public required LocalDate LastChecked { get; init; }

    [Description("Where the evidence of that check is kept, e.g. records/2026-autumn-fm-check.yaml.")]
    [Format(ValueFormat.RelativePath)]
    public required string Evidence { get; init; }
}
