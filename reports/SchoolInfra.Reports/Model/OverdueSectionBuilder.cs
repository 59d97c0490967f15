using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// What is late: scheduled reviews and checks that are overdue or were never recorded, and things in the settings
/// whose end date has passed (exceptions, waivers, temporary accounts, the IT provider's contract). A late record that an
/// open finding already names (REV-01 and the yearly review, say) is left to that finding, so no action is listed twice.
/// </summary>
internal static class OverdueSectionBuilder
{
    public static ImmutableArray<OverdueLine> Build(ReportInputs inputs, IReadOnlyCollection<Finding> openFindings)
    {
        var config = inputs.Config;
        var roles = config.Roles;
        var today = inputs.Today;
        var lines = new List<OverdueLine>();
        foreach (var due in inputs.Schedule.Where(d => d.State == DueState.Overdue || (d.State == DueState.Missing && d.DueBy < today)))
        {
            if (openFindings.Any(f => NamesRecord(f, due)))
            {
                continue;
            }

            var detail = due.Latest is { } latest
                ? $"It was due by {DisplayDates.Format(due.DueBy)}. The last one was on {DisplayDates.Format(latest.Date)}."
                : $"None has been recorded. The first was due by {DisplayDates.Format(due.DueBy)}.";
            lines.Add(new OverdueLine(RecordNames.Of(due.Kind), detail, "Carry it out and add the record to the school's records.",
                RoleNames.WithHolderCapitalised(roles, RecordNames.Owner(due.Kind))));
        }

        foreach (var exception in (config.Filtering?.Exceptions ?? []).Where(e => e.IsExpired(today)).OrderBy(e => e.ExpiresOn))
        {
            lines.Add(new OverdueLine($"Filtering exception for {exception.Domain}", $"It ended on {DisplayDates.Format(exception.ExpiresOn, "an unknown day")} but is still in the settings.",
                "Remove it from the settings.", RoleNames.WithHolderCapitalised(roles, SchoolRole.ItProvider)));
        }

        foreach (var waiver in config.Waivers.Where(w => w.ExpiresOn < today).OrderBy(w => w.ExpiresOn))
        {
            lines.Add(new OverdueLine($"Waiver of {waiver.Control}", $"It ended on {DisplayDates.Format(waiver.ExpiresOn)}.",
                "Meet the control, or agree a new waiver.", RoleNames.WithHolderCapitalised(roles, SchoolRole.Headteacher)));
        }

        foreach (var account in config.Identity.TemporaryAccounts.Where(a => a.Until < today).OrderBy(a => a.Until))
        {
            lines.Add(new OverdueLine($"Temporary {PlainNames.Of(account.Type)} account",
                $"It was due to end on {DisplayDates.Format(account.Until)} but is still in the settings.",
                "Check the account is switched off, then remove it from the settings.", RoleNames.WithHolderCapitalised(roles, account.Sponsor)));
        }

        if (roles.ItProvider?.ContractEnds is { } ends && ends < today)
        {
            lines.Add(new OverdueLine("IT provider's contract", $"It ended on {DisplayDates.Format(ends)}.",
                "Renew it or record the new provider.", RoleNames.WithHolderCapitalised(roles, SchoolRole.BusinessManager)));
        }

        return [.. lines];
    }

    private static bool NamesRecord(Finding finding, RecordDue due) =>
        (due.Latest is { } latest && latest.Source.File.Length > 0 && finding.Problems.Append(null).Any(p =>
            (p?.At ?? finding.Location).File == latest.Source.File))
        || (finding.Action ?? string.Empty).Contains($" {ConfigNaming.EnumValue(due.Kind)} record", StringComparison.Ordinal)
        || finding.Problems.Any(p => p.Action.Contains($" {ConfigNaming.EnumValue(due.Kind)} record", StringComparison.Ordinal));
}
