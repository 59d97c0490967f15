using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Guests;

/// <summary>
/// GST-01: temporary access ends by itself (DfE-CS CS4; CE). Every temporary account has a type, a sponsor and
/// dates within the maximum for its type; a trainee's ends by 31 August; one that has ended must leave the config.
/// </summary>
public sealed class TemporaryAccessEndsRule : IRule
{
    public string Id => "gst-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var guests = identity.Guests;
        var result = new FindingBuilder(control.Id, identity.Span);
        foreach (var account in identity.TemporaryAccounts)
        {
            var type = ConfigNaming.EnumValue(account.Type);
            var days = Period.Between(account.From, account.Until, PeriodUnits.Days).Days;
            var max = account.Type switch
            {
                GuestType.Supply => guests.SupplyMaxDays,
                GuestType.Contractor => guests.ContractorMaxDays,
                GuestType.Trainee => guests.TraineeMaxDays,
                _ => guests.VisitorMaxDays,
            };
            if (!guests.AccountTypes.Contains(account.Type))
            {
                result.NotMet("typeNotAllowed", account.Span, $"The temporary account \"{account.Key}\" is a {type}, a kind of guest the school does not give accounts to.",
                    "remove the account and give guest Wi-Fi only", SchoolRole.BusinessManager);
            }

            if (days < 0 || days > max)
            {
                result.NotMet("tooLong", account.Span, $"The temporary account \"{account.Key}\" lasts {Wording.Number(days)} days; a {type} may have at most {Wording.Number(max)}.",
                    "shorten it to the time the person is in school", SchoolRole.BusinessManager);
            }

            if (account.Type == GuestType.Trainee && account.Until > SchoolCalendar.AcademicYearEnd(account.From))
            {
                result.NotMet("traineePastYearEnd", account.Span, $"The trainee account \"{account.Key}\" runs past 31 August.",
                    "end trainee accounts with the academic year", SchoolRole.BusinessManager);
            }

            if (account.Until < context.Today)
            {
                result.NotMet("endedStillDeclared", account.Span, $"The temporary account \"{account.Key}\" ended on {Wording.Date(account.Until)} but is still declared.",
                    "remove it from temporaryAccounts so its access is taken away", SchoolRole.BusinessManager);
            }
        }

        result.Evidence($"{Wording.Plural(identity.TemporaryAccounts.Length, "temporary account", "temporary accounts")}, each with a sponsor and an end date within its limit.");
        result.TenantNotObserved("no guest or temporary account is enabled past its end date, and none exists undeclared");
        return result.Build("Every temporary account ends on a set date within its limit.");
    }
}
