using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Guests;

/// <summary>
/// GST-02: guests use MFA (an enabled sign-in rule for guests and external users) and accept the acceptable use
/// policy before their access starts: an aup-acceptance record naming the account, dated on or before its start
/// (DfE-CS CS2, CS4; CE v3.3).
/// </summary>
public sealed class GuestsAcceptRulesRule : IRule
{
    public string Id => "gst-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        if (!SignInPolicy.From(context.Desired).Any(p => p.Enabled && p.IncludedUsers.Contains("GuestsOrExternalUsers") && p.RequiresMfa))
        {
            result.NotMet("noGuestMfa", identity.Span, "No enabled sign-in rule asks guests and external users for MFA.",
                "add a sign-in rule requiring MFA for guests and external users (sign-in rules must be enabled)", SchoolRole.ItProvider);
        }

        var acceptances = context.Records.OfKind(RecordKind.AupAcceptance).ToList();
        foreach (var account in identity.TemporaryAccounts.Where(a => a.From <= context.Today))
        {
            var accepted = acceptances.FirstOrDefault(r => r.Text("account") == account.Key);
            if (accepted is null)
            {
                result.NotMet("aupNotAccepted", account.Span, $"The temporary account \"{account.Key}\" started on {Wording.Date(account.From)} with no record that the acceptable use policy was accepted.",
                    "record the guest's acceptance of the acceptable use policy in an aup-acceptance record", account.Sponsor);
            }
            else if (accepted.Date > account.From)
            {
                result.NotMet("aupAcceptedLate", accepted.Source, $"The acceptable use policy for \"{account.Key}\" was accepted on {Wording.Date(accepted.Date)}, after access began on {Wording.Date(account.From)}.",
                    "make acceptance a condition of creating the account", account.Sponsor);
            }
        }

        result.Evidence($"Guests and external users must use MFA; {Wording.Plural(acceptances.Count, "acceptable use acceptance is", "acceptable use acceptances are")} recorded.");
        result.TenantNotObserved("the guest sign-in rule is live");
        return result.Build("Guests use MFA and accept the acceptable use policy before they get in.");
    }
}
