using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Build;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-05: two sealed, cloud-only emergency accounts, excluded from every sign-in rule, watched by an alert, with
/// the headteacher and one other as custodians and a test sign-in each term (DfE-CS CS4; Microsoft emergency-access
/// account guidance). With a tenant read, the live accounts count too: each must exist, be enabled, cloud-only and a
/// Global Administrator, and each successful sign-in with one must be covered by a record (issue 10, item 5): an
/// incident in an incident-log record with <c>category: breakGlassSignIn</c> found within a week of the sign-in
/// (naming the <c>account</c> when it names one), or the custody check's <c>testSignIn</c> on that day.
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
        if (LiveTenant.From(context) is { } live)
        {
            JudgeLive(live, context, result);
            live.Conclude(result, "whether the emergency accounts exist, are enabled, cloud-only and Global Administrators, and their sign-ins of the last 30 days (their licences are not read)",
                ObservedArea.BreakGlassAccounts, ObservedArea.BreakGlassSignIns, ObservedArea.PrivilegedRoles);
        }
        else
        {
            result.TenantNotObserved("the emergency accounts are permanent Global Administrators, not synced and unlicensed");
        }

        return result.Build("Two sealed, cloud-only emergency accounts are excluded from every sign-in rule and watched by an alert.");
    }

    /// <summary>A break-glass sign-in must be recorded within this many days (the next termly custody check is too late).</summary>
    private const int DaysToRecord = 7;

    private static void JudgeLive(LiveTenant live, RuleContext context, FindingBuilder result)
    {
        var snapshot = live.Snapshot;
        var identity = context.Config.Identity;
        SourceSpan SpanOf(string upn) => identity.BreakGlass.FirstOrDefault(a => string.Equals(a.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase))?.Span ?? identity.Span;
        if (live.Read(ObservedArea.BreakGlassAccounts))
        {
            var globalAdmins = snapshot.RoleHolders.Where(h => h.RoleDefinitionId == PrivilegedRoles.GlobalAdministrator && h.DirectoryScopeId is "/" or "")
                .Select(h => h.Principal.UserPrincipalName).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var account in snapshot.BreakGlassAccounts)
            {
                var problem = account switch
                {
                    { Found: false } => "was not found",
                    { AccountEnabled: false } => "is disabled",
                    { SyncedFromOnPremises: true } => "is synced from on-premises, not cloud-only",
                    // Only a complete read of the role holders can say an account holds no role.
                    _ when snapshot.IsComplete(ObservedArea.PrivilegedRoles) && !globalAdmins.Contains(account.UserPrincipalName) => "is not a permanent Global Administrator",
                    _ => null,
                };
                if (problem is not null)
                {
                    result.NotMet("liveAccount", SpanOf(account.UserPrincipalName), $"The emergency account \"{account.UserPrincipalName}\" {problem} (observed live on {live.When}), so it may fail in an emergency.",
                        "make it a cloud-only, enabled, permanent Global Administrator as declared, then test it and add a break-glass-custody record", SchoolRole.ItProvider);
                }
            }
        }

        if (!live.Read(ObservedArea.BreakGlassSignIns))
        {
            return;
        }

        foreach (var signIn in snapshot.BreakGlassSignIns.Where(s => s.Succeeded).OrderBy(s => s.At))
        {
            var upn = snapshot.BreakGlassAccounts.FirstOrDefault(a => a.Key == signIn.AccountKey)?.UserPrincipalName
                ?? identity.BreakGlass.FirstOrDefault(a => a.Key == signIn.AccountKey)?.UserPrincipalName
                ?? signIn.AccountKey;
            var at = signIn.At.InUtc();
            var when = $"{Wording.Date(at.Date)} at {at.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC";
            var names = identity.BreakGlass.Where(a => string.Equals(a.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase)).Select(a => a.Key)
                .Append(upn).Append(signIn.AccountKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (CoveringRecord(context.Records, at.Date, names) is { } record)
            {
                result.Evidence($"The emergency account \"{upn}\" signed in on {when}; the {record.KindName} record of {Wording.Date(record.Date)} covers it.");
                continue;
            }

            result.NotMet("breakGlassSignIn", SpanOf(upn), $"The emergency account \"{upn}\" signed in on {when} ({signIn.Application}) and no incident record covers it (observed live on {live.When}).",
                "find out who used it and why; record it as an incident (category breakGlassSignIn) in the term's incident-log record, or treat it as a compromise: change its credentials and reseal them", SchoolRole.Headteacher);
        }
    }

    /// <summary>An incident-log entry about this sign-in, or the custody check whose test sign-in it was.</summary>
    private static SchoolRecord? CoveringRecord(RecordSet records, LocalDate day, HashSet<string> account)
    {
        foreach (var record in records.OfKind(RecordKind.IncidentLog))
        {
            var covers = record.Entries("incidents").Any(incident =>
                SchoolRecord.TextIn(incident, "category") == "breakGlassSignIn"
                && SchoolRecord.DateIn(incident, "found") is { } found && found >= day && found <= day.PlusDays(DaysToRecord)
                && (SchoolRecord.TextIn(incident, "account") is not { } named || account.Contains(named)));
            if (covers)
            {
                return record;
            }
        }

        return records.OfKind(RecordKind.BreakGlassCustody).FirstOrDefault(r => r.DateOf("testSignIn") == day);
    }
}
