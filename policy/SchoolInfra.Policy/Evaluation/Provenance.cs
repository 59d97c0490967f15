using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Evidence.Provenance;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// How a finding's evidence sources read in one phrase, the same in text, JSON, SARIF and the report: a result that
/// rests on declared settings alone always says so and never reads as checked.
/// </summary>
public static class Provenance
{
    /// <summary>A finding's phrase: "partly checked live" while its live part is not fully covered.</summary>
    public static string Phrase(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Phrase(finding.Sources, finding.PartlyCheckedLive);
    }

    /// <summary>
    /// "checked live on 2026-11-23 and from records", "partly checked live on 2026-11-23", "from records (latest
    /// 2026-10-21)", "declared only, not checked live".
    /// </summary>
    public static string Phrase(ImmutableArray<EvidenceSource> sources, bool partly = false)
    {
        var live = Latest(sources, EvidenceOrigin.ObservedLive);
        var recorded = Latest(sources, EvidenceOrigin.Recorded);
        var approved = sources.Any(s => s.Origin == EvidenceOrigin.ApprovedOnGitHub);
        if (live is { } observed)
        {
            return $"{(partly ? "partly checked live" : "checked live")} on {Date(observed)}{(recorded is null ? string.Empty : " and from records")}";
        }

        if (recorded is { } record)
        {
            return $"from records (latest {Date(record)}){(sources.Any(s => s.Origin == EvidenceOrigin.Declared) ? " and declared settings" : string.Empty)}";
        }

        if (approved)
        {
            return "from approvals on GitHub";
        }

        return sources.Any(s => s.Origin == EvidenceOrigin.Declared) ? "declared only, not checked live" : "no evidence read";
    }

    /// <summary>The JSON and SARIF key of an origin.</summary>
    public static string Key(EvidenceOrigin origin) => origin switch
    {
        EvidenceOrigin.Declared => "declared",
        EvidenceOrigin.Recorded => "recorded",
        EvidenceOrigin.ObservedLive => "observedLive",
        _ => "approvedOnGitHub",
    };

    private static Instant? Latest(ImmutableArray<EvidenceSource> sources, EvidenceOrigin origin) =>
        sources.Where(s => s.Origin == origin && s.At is not null).Select(s => s.At).Max();

    private static string Date(Instant at) => Wording.Date(at.InUtc().Date);
}
