using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>How many controls are met, not met, partly met, without evidence or waived, with a bar chart.</summary>
/// <param name="TotalControls">How many controls the catalogue has.</param>
/// <param name="Summary">The counts in one or two sentences.</param>
/// <param name="Statuses">One bar per status, in a fixed order.</param>
/// <param name="ChartHeight">Height of the chart in SVG units.</param>
/// <param name="Priorities">The most important controls not met or partly met, with what to do.</param>
/// <param name="Attention">Other things needing attention: overdue items, expired exceptions, changes without approval.</param>
public sealed record AtAGlance(
    int TotalControls,
    string Summary,
    ImmutableArray<StatusCount> Statuses,
    int ChartHeight,
    ImmutableArray<PriorityLine> Priorities,
    ImmutableArray<string> Attention);
