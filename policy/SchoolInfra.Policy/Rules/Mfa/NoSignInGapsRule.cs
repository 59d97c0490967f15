using NodaTime;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Infra.Build;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Mfa;

/// <summary>
/// MFA-04: every sign-in rule is switched on (report-only at most 30 days, <c>reportOnlyMaxDays</c>) and the only
/// people left out are the two emergency accounts (DfE-CS CS4; CE user access control).
/// </summary>
public sealed class NoSignInGapsRule : IRule
{
    public string Id => "mfa-04";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var ca = identity.ConditionalAccess;
        var result = new FindingBuilder(control.Id, ca.Span.IsKnown ? ca.Span : identity.Span);
        if (ca.State == PolicyState.ReportOnly)
        {
            var max = control.IntParameter("reportOnlyMaxDays", 30);
            var days = ca.ReportOnlySince is { } since ? Period.Between(since, context.Today, PeriodUnits.Days).Days : int.MaxValue;
            var text = ca.ReportOnlySince is { } start
                ? $"Sign-in rules have been in report-only mode since {Wording.Date(start)}, so they are not enforced."
                : "Sign-in rules are in report-only mode, so they are not enforced.";
            if (days > max)
            {
                result.NotMet("reportOnlyTooLong", ca.Span, $"{text} That is longer than the {Wording.Number(max)} days a trial may last.", "set state: enabled", SchoolRole.ItProvider);
            }
            else
            {
                result.Partial("reportOnly", ca.Span, text, $"set state: enabled within {Wording.Number(max)} days of the trial's start, or approve a waiver", SchoolRole.ItProvider);
            }
        }

        var breakGlass = identity.BreakGlass.Select(a => ResourceNames.BreakGlassUser(a.Key)).ToHashSet(StringComparer.Ordinal);
        var policies = SignInPolicy.From(context.Desired);
        foreach (var policy in policies)
        {
            var extra = policy.ExcludedUsers.Where(u => !breakGlass.Contains(u)).ToList();
            if (extra.Count > 0)
            {
                result.NotMet("extraExclusions", policy.Source, $"The sign-in rule \"{policy.Name}\" leaves out {Wording.Quoted(extra)} as well as the emergency accounts.",
                    "remove the extra exclusion, or approve a waiver for the people who need it", SchoolRole.Headteacher);
            }
        }

        result.Evidence($"{Wording.Plural(policies.Length, "sign-in rule excludes", "sign-in rules exclude")} only the emergency accounts.");
        result.TenantNotObserved("every sign-in rule in the tenant is declared, and everyone who reaches personal data has registered MFA within 14 days");
        return result.Build("Every sign-in rule is switched on and leaves out only the emergency accounts.");
    }
}
