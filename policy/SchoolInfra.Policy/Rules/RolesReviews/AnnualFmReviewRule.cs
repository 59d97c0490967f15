using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-01: filtering and monitoring are reviewed once every academic year and within 12 months of the last
/// (DfE-FM FM2; KCSIE), with the senior lead, the DSL, the IT provider and the responsible governor, covering the
/// matters the standard lists, and with each action given an owner and a date; an action past its date and not done
/// (no <c>done</c> date) is partial.
/// </summary>
public sealed class AnnualFmReviewRule : IRule
{
    private static readonly SchoolRole[] Participants = [SchoolRole.FmSltLead, SchoolRole.Dsl, SchoolRole.ItProvider, SchoolRole.ResponsibleGovernor];

    /// <summary>The matters the review considers (DfE-FM FM2 and seed 004's list).</summary>
    private static readonly string[] Topics =
    [
        "riskProfile", "blockingReasons", "outsideInfluences", "safeguardingReports", "digitalResilience",
        "teachingNeeds", "technologyInUse", "relatedPolicies", "checksDone",
    ];

    public string Id => "rev-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var result = new FindingBuilder(control.Id, context.Config.Roles.Span);
        if (result.ScheduledAnnual(RecordKind.FmReview, context, "annual filtering and monitoring review", context.Config.Roles.Span,
            "hold the annual review with the senior lead, the DSL, the IT provider and the responsible governor, and add an fm-review record", SchoolRole.FmSltLead) is not { } review)
        {
            return result.Build(string.Empty);
        }

        var present = review.Words("participants").ToHashSet(StringComparer.Ordinal);
        var absent = Participants.Where(p => !present.Contains(ConfigNaming.EnumValue(p))).ToList();
        if (absent.Count > 0)
        {
            result.Partial("participantsMissing", review.SpanOf("participants"), $"The review of {Wording.Date(review.Date)} did not include {Wording.List(absent.Select(Wording.Role))}.",
                "involve all four roles in the next review and list them under participants", SchoolRole.FmSltLead);
        }

        var covered = review.Words("covers").ToHashSet(StringComparer.Ordinal);
        var gaps = Topics.Where(t => !covered.Contains(t)).ToList();
        if (gaps.Count > 0)
        {
            result.Partial("mattersNotCovered", review.SpanOf("covers"), $"The review of {Wording.Date(review.Date)} did not cover {Wording.List(gaps)}.",
                "cover every matter the standard lists and note each under covers", SchoolRole.FmSltLead);
        }

        if (review.Entries("actions").Any(a => a["owner"] is null || a["due"] is null))
        {
            result.Partial("actionsIncomplete", review.SpanOf("actions"), $"Some actions of the review of {Wording.Date(review.Date)} have no owner or due date.",
                "give every action an owner (a role) and a due date", SchoolRole.FmSltLead);
        }

        var late = review.Entries("actions")
            .Where(a => SchoolRecord.DateIn(a, "done") is null && SchoolRecord.DateIn(a, "due") is { } due && due < context.Today)
            .ToList();
        if (late.Count > 0)
        {
            result.Partial("actionsOverdue", review.SpanOf("actions"), $"{Wording.Plural(late.Count, "action", "actions")} of the review of {Wording.Date(review.Date)} {(late.Count == 1 ? "is" : "are")} past {(late.Count == 1 ? "its" : "their")} date and not done.",
                "finish each action and record the date it was done under done", SchoolRole.FmSltLead);
        }

        var actions = review.Entries("actions");
        var done = actions.Count(a => SchoolRecord.DateIn(a, "done") is not null);
        result.Evidence($"The review of {Wording.Date(review.Date)} had {Wording.Plural(actions.Length, "action", "actions")}; {Wording.Number(done)} done.");
        return result.Build("Filtering and monitoring were reviewed this academic year by the right people.");
    }
}
