using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Mfa;

/// <summary>
/// MFA-01: every group that can reach personal data is inside an enabled sign-in rule for all apps and all client
/// apps that asks for MFA (DfE-CS CS4, CE v3.3, NCSC-MFA). Without Entra ID P1 only security defaults are
/// possible, which ask ordinary users for MFA only when Microsoft judges it necessary: partial. A group re-typed as
/// service accounts stays people (kept in the rule, IAM-01 not met) unless it gives a reason and cannot sign in
/// interactively, so re-typing cannot take people out of MFA unnoticed.
/// </summary>
public sealed class MfaForPersonalDataRule : IRule
{
    public string Id => "mfa-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.ConditionalAccess.Span.IsKnown ? identity.ConditionalAccess.Span : identity.Span);
        if (context.Config.School.EntraLicence == EntraLicence.Free)
        {
            result.Partial("noP1", context.Config.School.Span,
                "The school has no Entra ID P1 licence, so MFA rests on security defaults, which do not ask at every sign-in.", "license Entra ID P1 (in Microsoft 365 A3 and A5) so that sign-in rules can require MFA", SchoolRole.BusinessManager);
        }

        var policies = SignInPolicy.From(context.Desired)
            .Where(p => p.Enabled && p.AllApplications && p.AllClientApps && p.RequiresMfa)
            .ToList();
        // People re-typed as "service" stay people (PersonalDataReach): only a declared reason and no interactive
        // sign-in take a group out, and then only while it reaches no personal data.
        var groups = identity.Groups.Where(g => PersonalDataReach.Reaches(identity, g)).ToList();
        var outside = groups.Where(g => !policies.Any(p => p.Covers(g.Key))).ToList();
        foreach (var group in outside)
        {
            result.NotMet("groupWithoutMfa", group.Span, group.Kind == GroupKind.Service && !group.HoldsPeople()
                    ? $"The service group \"{group.Key}\" reaches personal data but no enabled sign-in rule asks it for MFA."
                    : $"The group \"{group.Key}\" can reach personal data but no enabled sign-in rule asks it for MFA.",
                "cover this group with the MFA sign-in rule (and make sure sign-in rules are enabled, not report-only)", SchoolRole.ItProvider);
        }

        result.Evidence($"{Wording.Plural(groups.Count - outside.Count, "group", "groups")} that can reach personal data must use MFA at every sign-in to any app: {Wording.Quoted(groups.Except(outside).Select(g => g.Key))}.");
        foreach (var service in identity.Groups.Where(g => !g.HoldsPeople() && !groups.Contains(g)))
        {
            result.Evidence($"Outside the MFA rule as service accounts with no interactive sign-in: \"{service.Key}\" ({service.ServiceReason}).");
        }

        foreach (var retyped in groups.Where(g => g.Kind == GroupKind.Service && g.HoldsPeople()))
        {
            result.Evidence($"\"{retyped.Key}\" is declared as service accounts, but without a reason or still able to sign in interactively, so it is treated as people and kept in the MFA rule.");
        }

        result.TenantNotObserved("the sign-in rules are live and nobody but the emergency accounts is excluded");
        return result.Build("Everyone who can reach personal data must use MFA at every sign-in.");
    }
}
