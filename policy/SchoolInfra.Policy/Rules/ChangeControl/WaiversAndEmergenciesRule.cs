using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.ChangeControl;

/// <summary>
/// CHG-05: waivers and emergency changes are short and signed off (DfE-FM FM1; DfE-CS CS4). Every waiver must be
/// valid (<see cref="WaiverCheck"/>): an expired one fails. Each emergency change is approved within 1 school day
/// and followed by a merged pull request within 5 school days.
/// </summary>
public sealed class WaiversAndEmergenciesRule : IRule
{
    public string Id => "chg-05";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var config = context.Config;
        var result = new FindingBuilder(control.Id, config.Span);
        var valid = 0;
        foreach (var waiver in config.Waivers)
        {
            if (WaiverCheck.Problem(waiver, context.Catalogue, context.Today) is { } problem)
            {
                result.NotMet("invalidWaiver", waiver.Span, problem, "renew the waiver with a new approval and an expiry at most 100 days away, or remove it and meet the control", SchoolRole.Headteacher);
            }
            else
            {
                valid++;
            }
        }

        var approveDays = control.IntParameter("approveWithinSchoolDays", 1);
        var mergeDays = control.IntParameter("mergeWithinSchoolDays", 5);
        var calendar = context.Calendar;
        var emergencies = context.Records.OfKind(RecordKind.EmergencyChange).ToList();
        foreach (var change in emergencies)
        {
            var approved = change.DateOf("approvedOn");
            if (approved is null || calendar.SchoolDaysBetween(change.Date, approved.Value) > approveDays)
            {
                result.NotMet("emergencyNotApproved", change.Source, $"The emergency change of {Wording.Date(change.Date)} was not approved within {Wording.Plural(approveDays, "school day", "school days")}.",
                    "record approvedOn with the headteacher's (or second responsible person's) approval", SchoolRole.Headteacher);
            }

            var merged = change.DateOf("mergedOn");
            var end = merged ?? context.Today;
            if (calendar.SchoolDaysBetween(change.Date, end) > mergeDays)
            {
                result.NotMet("emergencyNotMerged", change.Source, $"The emergency change of {Wording.Date(change.Date)} was not brought back into the stack file within {Wording.Plural(mergeDays, "school day", "school days")}.",
                    "merge a pull request that makes the stack file match the change, and record mergedOn", SchoolRole.ItProvider);
            }
        }

        result.Evidence($"{Wording.Plural(valid, "waiver is", "waivers are")} in force, each with a reason, an approver and an end date; {Wording.Plural(emergencies.Count, "emergency change is", "emergency changes are")} recorded.");
        return result.Build("Waivers are approved and end on time, and emergency changes are signed off quickly.");
    }
}
