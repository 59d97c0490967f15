using System.Collections.Immutable;
using SchoolInfra.Core.Model.Logging;

namespace SchoolInfra.Infra.Build.Logging;

/// <summary>
/// The log queries behind each declared alert trigger (LOG-03). Entra operation names are those the Entra audit
/// log uses ("Update conditional access policy", "Add member to role"); vault changes come from the Azure
/// activity log, which <see cref="LoggingBuilder"/> sends to the same workspace.
/// </summary>
internal static class AlertQueries
{
    public static AlertQuery For(AlertTrigger trigger, ImmutableArray<string> breakGlassUpns) => trigger switch
    {
        AlertTrigger.BreakGlassSignIn => new(
            "Emergency account signed in", 0,
            // isfuzzy: the non-interactive table exists only once that category is exported.
            "union isfuzzy=true SigninLogs, AADNonInteractiveUserSignInLogs\n" +
            $"| where UserPrincipalName in~ ({string.Join(", ", breakGlassUpns.Select(Literal))})",
            "Any sign-in by an emergency (break-glass) account raises an alert at once.",
            ["LOG-03", "IAM-05"]),
        AlertTrigger.ConditionalAccessChanged => new(
            "Sign-in rules changed", 1,
            "AuditLogs\n" +
            "| where OperationName in (\"Add conditional access policy\", \"Update conditional access policy\", \"Delete conditional access policy\")",
            "A Conditional Access policy created, changed or deleted raises an alert.",
            ["LOG-03", "MFA-04"]),
        AlertTrigger.PrivilegedRoleAssigned => new(
            "Administrator role given", 1,
            "AuditLogs\n" +
            "| where OperationName startswith \"Add member to role\" or OperationName startswith \"Add eligible member to role\"",
            "Anyone given an Entra administrator role raises an alert.",
            ["LOG-03", "IAM-04"]),
        _ => new(
            "Backup vault security changed", 1,
            "AzureActivity\n" +
            "| where ResourceProviderValue =~ \"Microsoft.RecoveryServices\"\n" +
            "| where OperationNameValue matches regex \"(?i)/(vaults|backupconfig|backupPolicies|protectedItems|backupResourceGuardProxies)/(write|delete)$\"\n" +
            "| where ActivityStatusValue in~ (\"Success\", \"Succeeded\")",
            "A backup vault's settings, policies or protected items changed or deleted raises an alert.",
            ["LOG-03", "BAK-02"]),
    };

    /// <summary>A KQL string literal.</summary>
    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
