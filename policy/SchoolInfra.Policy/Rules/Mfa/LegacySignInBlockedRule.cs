using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Mfa;

/// <summary>
/// MFA-03: old sign-in methods that cannot ask for MFA (Exchange ActiveSync and other legacy clients) are blocked
/// for everyone, so MFA cannot be bypassed (CE v3.3; NCSC-MFA).
/// </summary>
public sealed class LegacySignInBlockedRule : IRule
{
    public string Id => "mfa-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.ConditionalAccess.Span.IsKnown ? identity.ConditionalAccess.Span : identity.Span);
        var blocking = SignInPolicy.From(context.Desired).FirstOrDefault(p => p.Enabled && p.Blocks && p.AllApplications
            && p.IncludedUsers.Contains("All") && p.ClientApps.Contains("exchangeActiveSync") && p.ClientApps.Contains("other"));
        if (context.Config.School.EntraLicence == EntraLicence.Free)
        {
            result.Partial("noP1", context.Config.School.Span,
                "Without Entra ID P1 sign-in rules do not apply; legacy sign-in is blocked only if security defaults are on.", "license Entra ID P1, or confirm security defaults are on in the tenant", SchoolRole.ItProvider);
        }
        else if (blocking is null)
        {
            result.NotMet("legacyNotBlocked", identity.Span, "No enabled sign-in rule blocks legacy sign-in for everyone.",
                "add a sign-in rule that blocks Exchange ActiveSync and other legacy clients for all users (sign-in rules must be enabled)", SchoolRole.ItProvider);
        }
        else
        {
            result.Evidence($"The sign-in rule \"{blocking.Name}\" blocks Exchange ActiveSync and other legacy clients for everyone but the emergency accounts.");
        }

        result.TenantNotObserved("no legacy sign-ins succeed");
        return result.Build("Legacy sign-in that cannot ask for MFA is blocked for everyone.");
    }
}
