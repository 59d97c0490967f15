using System.Collections.Immutable;

namespace SchoolInfra.Reports.Drift;

/// <summary>
/// A drift check as people read it (reports/templates/drift.md.scriban): the CI step summary and the body of the
/// school's drift issue. Every value is plain text, sorted and formatted for en-GB.
/// </summary>
/// <param name="Marker">The hidden marker that finds the school's drift issue, e.g. <c>schoolinfra-drift:oakfield-primary</c>.</param>
/// <param name="SchoolName">The school.</param>
/// <param name="StackName">The stack.</param>
/// <param name="CheckedAt">"23 Nov 2026 at 05:31 (UK time)".</param>
/// <param name="Sources">What was read, e.g. "Pulumi's refresh (schools/oakfield-primary/live/refresh.json), 94 resources read".</param>
/// <param name="HasDrift">Whether anything was found.</param>
/// <param name="Headline">"3 things were changed outside the pipeline." or "Nothing was changed outside the pipeline."</param>
/// <param name="Items">One line per drift item, most serious first.</param>
/// <param name="Ignored">Differences ignore rules absorbed, with the rule and its reason.</param>
public sealed record DriftReport(
    string Marker,
    string SchoolName,
    string StackName,
    string CheckedAt,
    string Sources,
    bool HasDrift,
    string Headline,
    ImmutableArray<DriftLine> Items,
    ImmutableArray<IgnoredLine> Ignored);
