using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Build;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-05: two sealed, cloud-only emergency accounts, excluded from every sign-in rule, watched by an alert, with
/// the headteacher and one other as custodians and a test sign-in each term (DfE-CS CS4; Microsoft emergency-access
/// account guidance).
/// </summary>
public sealed class EmergencyAccountsRule : IRule
{
    public string Id => "iam-05";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        var expected = control.IntParameter("accounts", 2);
        if (identity.BreakGlass.Length != expected)
        {
            result.NotMet("accountCount", identity.Span, $"{Wording.Number(identity.BreakGlass.Length)} emergency accounts are declared; {Wording.Number(expected)} are needed.",
                "declare exactly two cloud-only emergency accounts under breakGlass", SchoolRole.ItProvider);
        }

        foreach (var account in identity.BreakGlass.Where(a => !a.UserPrincipalName.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase)))
        {
            result.NotMet("notCloudOnly", account.Span, $"The emergency account \"{account.Key}\" is not a cloud-only *.onmicrosoft.com account.",
                "use a cloud-only account so it still works when sync or federation fails", SchoolRole.ItProvider);
        }

        var custodians = identity.BreakGlass.Select(a => a.Custodian).Distinct().ToList();
        if (identity.BreakGlass.Length > 0 && (!custodians.Contains(SchoolRole.Headteacher) || custodians.Count < 2))
        {
            result.NotMet("custody", identity.Span, "The emergency accounts are not held by the headteacher and one other person.",
                "make the headteacher the custodian of one emergency account and another senior person of the other", SchoolRole.Headteacher);
        }

        var names = identity.BreakGlass.Select(a => ResourceNames.BreakGlassUser(a.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var policy in SignInPolicy.From(context.Desired).Where(p => !names.IsSubsetOf(p.ExcludedUsers)))
        {
            result.NotMet("notExcluded", policy.Source, $"The sign-in rule \"{policy.Name}\" does not exclude both emergency accounts, so they could be locked out.",
                "exclude both emergency accounts from every sign-in rule", SchoolRole.ItProvider);
        }

        if (context.Config.Logging is not { } logging || !logging.Alerts.Contains(AlertTrigger.BreakGlassSignIn))
        {
            result.NotMet("noSignInAlert", context.Config.Logging?.Span ?? context.Config.Span, "No alert is raised when an emergency account signs in.",
                "add breakGlassSignIn to schoolinfra:logging alerts", SchoolRole.ItProvider);
        }

        var due = RecordSchedule.Termly(RecordKind.BreakGlassCustody, context.Records, context.Calendar, context.Today);
        result.Scheduled(due, "emergency account custody check and test sign-in", identity.Span,
            "test both emergency accounts, check the sealed credentials and add a break-glass-custody record", SchoolRole.Headteacher);
        result.Evidence($"{Wording.Plural(identity.BreakGlass.Length, "emergency account", "emergency accounts")}, held by {Wording.List(custodians.Select(Wording.Role))}.");
        result.TenantNotObserved("the emergency accounts are permanent Global Administrators, not synced and unlicensed");
        return result.Build("Two sealed, cloud-only emergency accounts are excluded from every sign-in rule and watched by an alert.");
    }
}
