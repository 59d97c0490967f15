using NodaTime;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-11: an ended exception is not in the desired state (the filtering build leaves it out, so the next deployment
/// blocks the site again); no exception lasts more than 100 days from approval, and none for pupils runs past
/// 31 August of its academic year. Exceptions ending within 14 days are listed (DfE-FM FM2, FM3).
/// </summary>
public sealed class ExceptionExpiryRule : FilteringRule
{
    /// <summary>About a term: the catalogue default.</summary>
    public const int LongestDays = 100;

    public override string Id => "fil-11";

    protected override string MetSummary => "Unblocked sites are blocked again when their end date passes.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var today = context.Today;
        var pupilGroups = context.Config.Identity.Groups.Where(g => g.Kind == GroupKind.Pupil).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var live = 0;
        foreach (var exception in view.Filtering.Exceptions)
        {
            var site = exception.Domain;
            if (exception.ExpiresOn is not { } expiresOn)
            {
                finding.NotMet("noEndDate", exception.Span, $"The exception for \"{site}\" has no end date, so it would never end; it is not deployed until it has one.",
                    "Set expiresOn: the last day the site is needed, at most 100 days after approval.", SchoolRole.Headteacher);
                continue;
            }

            if (exception.IsExpired(today))
            {
                if (context.Desired.Resources.Any(r => r.Source == exception.Span))
                {
                    finding.NotMet("endedStillDeployed", exception.Span, $"The exception for \"{site}\" ended on {exception.ExpiresOn:yyyy-MM-dd} but is still in the desired state.",
                        "Report this as a bug in the filtering build (ended exceptions must be left out) and remove the exception from the file.", SchoolRole.ItProvider);
                }
                else
                {
                    finding.Evidence($"The exception for \"{site}\" ended on {exception.ExpiresOn:yyyy-MM-dd} and is left out of the deployment; it can be removed from the file.");
                }

                continue;
            }

            live++;
            if (exception.ApprovedOn is { } approvedOn)
            {
                var days = Period.Between(approvedOn, expiresOn, PeriodUnits.Days).Days;
                if (days > LongestDays)
                {
                    finding.NotMet("tooLong", exception.Span, $"The exception for \"{site}\" lasts {days} days from approval, longer than the {LongestDays} allowed.",
                        "End it within 100 days of approval (about a term) and approve it again if it is still needed.", SchoolRole.Headteacher);
                }

                var yearEnd = SchoolCalendar.AcademicYearEnd(approvedOn);
                if (exception.Groups.Any(pupilGroups.Contains) && expiresOn > yearEnd)
                {
                    finding.NotMet("pastYearEnd", exception.Span, $"The exception for \"{site}\" is for pupils and runs past {yearEnd:d MMMM yyyy}, the end of the academic year.",
                        "End it by 31 August and approve it again next year if it is still needed.", SchoolRole.Headteacher);
                }
            }

            if (expiresOn <= today.PlusDays(14))
            {
                finding.Evidence($"The exception for \"{site}\" ends on {exception.ExpiresOn:yyyy-MM-dd}, within 14 days.");
            }
        }

        finding.Evidence($"{Count(live, "exception is", "exceptions are")} in force.");
        finding.LiveCheckNotRun("that no allow rule for an ended exception is still live at the provider");
    }
}
