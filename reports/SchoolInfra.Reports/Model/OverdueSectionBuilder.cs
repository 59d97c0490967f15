using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// What is late: reviews and checks the records show overdue (record-evidence controls not met), and things in the
/// settings whose end date has passed (exceptions, waivers, temporary accounts, the IT provider's contract).
/// </summary>
internal static class OverdueSectionBuilder
{
    public static OverdueSection Build(ReportInputs inputs)
    {
        var config = inputs.Config;
        var roles = config.Roles;
        var today = inputs.Today;
        var lines = new List<OverdueLine>();
        foreach (var (control, status, finding) in ControlSectionBuilder.Evaluated(inputs))
        {
            if (status == FindingStatus.NotMet && control.Evidence.Contains(EvidenceKind.Record))
            {
                lines.Add(new OverdueLine($"{control.Id}: {control.Title}", finding?.Summary ?? string.Empty,
                    finding?.Action ?? string.Empty, ControlSectionBuilder.ActionBy(roles, finding?.ActionBy)));
            }
        }

        foreach (var exception in (config.Filtering?.Exceptions ?? []).Where(e => e.ExpiresOn < today).OrderBy(e => e.ExpiresOn))
        {
            lines.Add(new OverdueLine($"Filtering exception for {exception.Domain}", $"It ended on {DisplayDates.Format(exception.ExpiresOn)} but is still in the settings.",
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

        var summary = lines.Count == 0
            ? "Nothing is overdue."
            : $"{EnglishList.Count(lines.Count, "item is", "items are")} overdue.";
        return new OverdueSection(summary, [.. lines]);
    }
}
