using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-07: new technology, personal devices or a new risk trigger a filtering and monitoring review (DfE-FM FM2: review
/// when a risk is found, working practice changes or new technology arrives, as seed 004 also asks; DfE-CS CS1).
/// Every kind of technology the settings declare (Windows laptops, iPads, personal devices on the school network) is
/// named under <c>technologyReviewed</c> of an <c>fm-review</c> (yearly or <c>interim</c>); every new risk recorded
/// in a <c>risk-assessment</c> (<c>newRisks</c>, each with <c>found</c> and <c>risk</c>) is followed by an
/// <c>fm-review</c> within <c>reviewWithinDays</c> (30). Validate does not read git history, so when a technology
/// arrived is not known: what matters is that a review has considered it.
/// </summary>
public sealed class TriggeredReviewRule : IRule
{
    public string Id => "rev-07";

    /// <summary>The technology the settings declare, as <c>technologyReviewed</c> names it, with plain words.</summary>
    public static IReadOnlyList<(string Key, string What)> TechnologyInUse(SchoolConfig config)
    {
        var list = new List<(string, string)>();
        if (config.Devices?.Windows is not null)
        {
            list.Add(("windowsLaptops", "Windows laptops"));
        }

        if (config.Devices?.Ipads is not null)
        {
            list.Add(("ipads", "iPads"));
        }

        if (config.Devices?.Byod is { } byod && (byod.Network != ByodNetwork.None || byod.Staff != ByodStaffAccess.None))
        {
            list.Add(("personalDevices", "personal devices on the school network"));
        }

        return list;
    }

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Devices?.Span ?? context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        var reviews = context.Records.OfKind(RecordKind.FmReview).Where(r => r.Date <= context.Today).ToList();
        var reviewed = reviews.SelectMany(r => r.Words("technologyReviewed")).ToHashSet(StringComparer.Ordinal);
        var technology = TechnologyInUse(context.Config);
        var unreviewed = technology.Where(t => !reviewed.Contains(t.Key)).Select(t => t.What).ToList();
        if (unreviewed.Count > 0)
        {
            result.NotMet("technologyNotReviewed", reviews.FirstOrDefault()?.SpanOf("technologyReviewed") ?? at,
                $"No filtering and monitoring review has considered {Wording.List(unreviewed)}, which the school now uses.",
                "hold an interim review within 30 days of new technology arriving, and list it under technologyReviewed of the fm-review record", SchoolRole.FmSltLead);
        }

        var days = control.IntParameter("reviewWithinDays", 30);
        var risks = context.Records.OfKind(RecordKind.RiskAssessment)
            .SelectMany(r => r.Entries("newRisks"))
            .Select(e => (Entry: e, Found: SchoolRecord.DateIn(e, "found")))
            .Where(x => x.Found is { } found && SchoolCalendar.WithinTwelveMonths(found, context.Today))
            .ToList();
        foreach (var (entry, found) in risks)
        {
            var deadline = found!.Value.PlusDays(days);
            if (reviews.Any(r => r.Date >= found.Value && r.Date <= deadline))
            {
                result.Evidence($"The risk found on {Wording.Date(found.Value)} was reviewed within {Wording.Plural(days, "day", "days")}.");
            }
            else if (context.Today > deadline)
            {
                result.NotMet("riskNotReviewed", entry.Span, $"A new risk found on {Wording.Date(found.Value)} was not followed by a filtering and monitoring review within {Wording.Plural(days, "day", "days")}.",
                    "hold an interim review of filtering and monitoring and add an fm-review record with interim: true", SchoolRole.FmSltLead);
            }
            else
            {
                result.Evidence($"A review of the risk found on {Wording.Date(found.Value)} is due by {Wording.Date(deadline)}.");
            }
        }

        if (technology.Count > 0 && unreviewed.Count == 0)
        {
            result.Evidence($"Reviews have considered {Wording.List(technology.Select(t => t.What))}.");
        }

        return result.Build("Every kind of technology in use, and every new risk, has been through a filtering and monitoring review.");
    }
}
