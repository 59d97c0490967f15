using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-14: every device's default password is changed, not only the network kit's (CE secure configuration: change
/// default passwords on all devices; NCSC password guidance; DfE-CS CS3; seed 004: no default passwords). Each term,
/// when the asset register is updated (the <c>licence-reconciliation</c> record), every device on it is checked:
/// <c>defaultPasswordsChecked</c> (a date within the term, by the one termly algorithm), <c>devicesChecked</c> and
/// <c>devicesWithDefaultPasswords</c> (0). Laptops are covered by LAPS (DEV-06) and the boundary kit by DEV-04; this
/// is for printers, access points, cameras, projectors, NAS boxes and the like.
/// </summary>
public sealed class DefaultPasswordsRule : IRule
{
    public string Id => "dev-14";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Devices?.Span ?? context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        var register = context.Records.OfKind(RecordKind.LicenceReconciliation).Where(r => r.Date <= context.Today).ToList();
        var dates = register.Select(r => RecordFields.Date(r, "defaultPasswordsChecked")).OfType<NodaTime.LocalDate>().ToList();
        var check = RecordSchedule.Termly(dates, context.Calendar, context.Today);
        var latest = register.FirstOrDefault(r => RecordFields.Date(r, "defaultPasswordsChecked") == check.Date);
        switch (check.State)
        {
            case DueState.Missing:
                return result.NoEvidence("notChecked", register.FirstOrDefault()?.Source ?? at, "No check of default passwords across the school's devices is recorded.",
                    "check every device on the asset register for a factory password and record defaultPasswordsChecked, devicesChecked and devicesWithDefaultPasswords", SchoolRole.ItProvider).Build(string.Empty);
            case DueState.Overdue:
                result.NotMet("notChecked", latest?.Source ?? at, $"The check of default passwords for {check.Period} is overdue; the last was on {Wording.Date(check.Date ?? context.Today)}.",
                    "check every device on the asset register for a factory password and record the date as defaultPasswordsChecked", SchoolRole.ItProvider);
                break;
        }

        if (latest is null)
        {
            return result.Build(string.Empty);
        }

        var devices = RecordFields.Number(latest, "devicesChecked");
        var stillDefault = RecordFields.Number(latest, "devicesWithDefaultPasswords");
        if (stillDefault is null || devices is null or 0)
        {
            result.NotMet("countsMissing", latest.Source, $"The check of {Wording.Date(latest.Date)} does not say how many devices were checked and how many still have a factory password.",
                "record devicesChecked and devicesWithDefaultPasswords", SchoolRole.ItProvider);
        }
        else if (stillDefault > 0)
        {
            result.NotMet("stillDefault", latest.SpanOf("devicesWithDefaultPasswords"), $"{Wording.Plural(stillDefault.Value, "device still has its", "devices still have their")} factory password.",
                "change them now and record devicesWithDefaultPasswords: 0", SchoolRole.ItProvider);
        }
        else
        {
            result.Evidence($"All {Wording.Number(devices.Value)} devices on the asset register were checked on {Wording.Date(check.Date ?? latest.Date)}: none has its factory password.");
        }

        return result.Build("Every device on the asset register has had its factory password changed, checked each term.");
    }
}
