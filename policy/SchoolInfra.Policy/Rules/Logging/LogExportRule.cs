using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Logging;

/// <summary>
/// LOG-01: the Entra sign-in, audit and provisioning logs are copied to the school's workspace, because Entra keeps
/// them for 7 days (Free) or 30 days (P1/P2) only (Microsoft Learn, "Microsoft Entra data retention"). Exporting them
/// needs Entra ID P1 or P2 (one secondary source); with P2 the risky-user logs should go too. The filtering
/// provider's log retention, where its attestation states it, is shown beside them.
/// </summary>
/// <remarks>Records read: the latest <c>provider-attestation</c>, field <c>logRetentionDays</c> (evidence only).</remarks>
public sealed class LogExportRule : LoggingRule
{
    private static readonly EntraLogCategory[] Required =
    [
        EntraLogCategory.AuditLogs,
        EntraLogCategory.SignInLogs,
        EntraLogCategory.NonInteractiveUserSignInLogs,
        EntraLogCategory.ServicePrincipalSignInLogs,
        EntraLogCategory.ManagedIdentitySignInLogs,
        EntraLogCategory.ProvisioningLogs,
    ];

    private static readonly EntraLogCategory[] WithP2 = [EntraLogCategory.RiskyUsers, EntraLogCategory.UserRiskEvents];

    public override string Id => "log-01";

    protected override string MetSummary => "Sign-in and change records are copied to the school's own log store.";

    protected override void Check(RuleContext context, LoggingConfig logging, FindingBuilder finding)
    {
        var missing = Required.Where(c => !logging.EntraLogs.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            finding.NotMet("logsNotCopied", logging.Span, $"These Entra logs are not copied to the workspace: {Names(missing.Select(c => ConfigNaming.EnumValue(c)))}.",
                "Add them to logging entraLogs.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"Entra sign-in, audit and provisioning logs ({Count(Required.Length, "category", "categories")}) are copied to the workspace \"{logging.WorkspaceName}\".");
        }

        var licence = context.Config.School.EntraLicence;
        if (licence == EntraLicence.Free)
        {
            finding.Partial("licenceFree", At(context.Config.School), "The school's Entra ID licence is Free; copying sign-in logs out needs Entra ID P1 or P2.",
                "Check the licence (Microsoft 365 A3 and A5 include P1) and record it under school entraLicence.", SchoolRole.BusinessManager);
        }
        else if (licence == EntraLicence.P2 && WithP2.Any(c => !logging.EntraLogs.Contains(c)))
        {
            finding.Partial("riskLogsNotCopied", logging.Span, "With Entra ID P2 the risky-user logs can be kept too, but they are not copied.",
                "Add riskyUsers and userRiskEvents to logging entraLogs.", SchoolRole.ItProvider);
        }

        var attestation = context.Records.Latest(RecordKind.ProviderAttestation);
        var providerDays = attestation is null ? null : RecordFields.Number(attestation, "logRetentionDays");
        if (providerDays is { } days)
        {
            finding.Evidence(days >= logging.RetentionDays
                ? $"The filtering provider keeps its logs for {days} days (attestation of {attestation?.Date:yyyy-MM-dd})."
                : $"The filtering provider keeps its logs for {days} days only, less than the workspace's {logging.RetentionDays}.");
        }
        else if (context.Config.Filtering?.Upstream is not null)
        {
            finding.Evidence("No provider attestation says how long the filtering provider keeps its logs.");
        }

        finding.LiveCheckNotRun("that the Entra diagnostic setting sends these logs to the workspace");
    }
}
