using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Mfa;

/// <summary>
/// MFA-01: every group that can reach personal data is inside an enabled sign-in rule for all apps and all client
/// apps that asks for MFA (DfE-CS CS4, CE v3.3, NCSC-MFA). Without Entra ID P1 only security defaults are
/// possible, which ask ordinary users for MFA only when Microsoft judges it necessary: partial. A group re-typed as
/// service accounts stays people (kept in the rule, IAM-01 not met) unless it gives a reason and cannot sign in
/// interactively, so re-typing cannot take people out of MFA unnoticed. With a tenant read, what is live decides too:
/// a declared MFA rule that is report-only, switched off, missing or no longer asks for MFA, or any enforced MFA rule
/// (made in the portal or changed there) that leaves out a group that can reach personal data, is not met (issue 10,
/// item 5).
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

        if (LiveTenant.From(context) is { } live)
        {
            JudgeLive(live, result, policies, groups, identity.ConditionalAccess.Span);
            live.Conclude(result, "whether the sign-in rules that ask for MFA are on, and whom every rule that asks for MFA leaves out", ObservedArea.SignInRules, ObservedArea.Groups);
        }
        else
        {
            result.TenantNotObserved("the sign-in rules are live and nobody but the emergency accounts is excluded");
        }

        return result.Build("Everyone who can reach personal data must use MFA at every sign-in.");
    }

    private static void JudgeLive(LiveTenant live, FindingBuilder result, List<SignInPolicy> policies, List<UserGroup> groups, SourceSpan at)
    {
        var snapshot = live.Snapshot;
        if (!live.Read(ObservedArea.SignInRules))
        {
            return;
        }

        foreach (var policy in policies)
        {
            if (live.Declared.SignInRules.FirstOrDefault(r => r.Resource.LogicalName == policy.Name) is not { } declared)
            {
                continue;
            }

            var rule = snapshot.SignInRules.FirstOrDefault(r => string.Equals(r.DisplayName, declared.DisplayName, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                // Only a complete read can say a rule is gone; a partial one may simply not have reached it.
                if (snapshot.IsComplete(ObservedArea.SignInRules))
                {
                    result.NotMet("liveMfaNotEnforced", policy.Source, $"The sign-in rule \"{declared.DisplayName}\" that asks for MFA was not found when the live systems were read on {live.When}, so it asks nobody.",
                        "deploy the stack to create it again, and find out who deleted it", SchoolRole.ItProvider);
                }

                continue;
            }

            var problem = rule.State switch
            {
                SignInRuleState.ReportOnly => "is report-only, so it enforces nothing",
                SignInRuleState.Disabled => "is switched off",
                _ when !rule.RequiresMfa => "no longer asks for MFA",
                _ => null,
            };
            if (problem is not null)
            {
                result.NotMet("liveMfaNotEnforced", policy.Source, $"The sign-in rule \"{declared.DisplayName}\" should ask for MFA but {problem} (observed live on {live.When}).",
                    "switch it back on as declared (the next deploy puts the declared state back) and find out who changed it", SchoolRole.ItProvider);
            }
        }

        // Conditional Access rules add up, but a rule that leaves a personal-data group out of MFA records an intent to
        // exempt it that the stack file does not make: it is not met until someone removes it or declares why.
        var keys = snapshot.Groups.Where(g => g.Key is not null).GroupBy(g => g.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Key ?? string.Empty, StringComparer.Ordinal);
        var reaching = groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in snapshot.SignInRules.Where(r => r.IsEnforced && r.RequiresMfa))
        {
            var declared = live.Declared.SignInRuleNamed(rule.DisplayName);
            foreach (var key in rule.ExcludeGroups.Select(id => keys.GetValueOrDefault(id)).OfType<string>().Where(reaching.Contains).Distinct(StringComparer.Ordinal))
            {
                if (declared is null)
                {
                    result.NotMet("liveMfaExclusion", at, $"The sign-in rule \"{rule.DisplayName}\", made outside the pipeline, excludes the group \"{key}\" from MFA although it can reach personal data (observed live on {live.When}).",
                        "remove the exclusion or the rule in the portal; declare in the stack file any sign-in rule the school needs", SchoolRole.ItProvider);
                }
                else if (!declared.ExcludedGroups.Contains(key, StringComparer.Ordinal))
                {
                    result.NotMet("liveMfaExclusion", at, $"The sign-in rule \"{rule.DisplayName}\" was changed outside the pipeline to exclude the group \"{key}\" from MFA although it can reach personal data (observed live on {live.When}).",
                        "remove the exclusion (the next deploy puts the declared rule back) and find out who made it", SchoolRole.ItProvider);
                }
            }
        }
    }
}
