using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Logging;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Audit logs: kept for a year unless a waiver is in force (LOG-02), sign-in and audit logs always copied out of
/// Entra's short default (LOG-01), and the alerts on risky changes reach someone (LOG-03).
/// </summary>
public sealed class LoggingChecks : IConfigCheck
{
    /// <summary>The school policies' and the catalogue's default: the annual review needs a year of evidence.</summary>
    public const int PolicyRetentionDays = 365;

    /// <summary>The categories every school must copy: who signed in, and what was changed.</summary>
    public static IReadOnlyList<EntraLogCategory> RequiredCategories { get; } = [EntraLogCategory.AuditLogs, EntraLogCategory.SignInLogs];

    public void Check(ValidationContext context)
    {
        if (context.Config.Logging is not { } logging)
        {
            return;
        }

        var bag = context.Diagnostics;
        if (logging.RetentionDays < PolicyRetentionDays)
        {
            var waiver = new ActiveWaivers(context.Config.Waivers, context.Today).For("LOG-02");
            bag.Add(waiver is null
                ? LoggingDiagnostics.RetentionBelowPolicy(logging.Span, logging.RetentionDays, PolicyRetentionDays)
                : LoggingDiagnostics.RetentionWaived(logging.Span, logging.RetentionDays, waiver.Control, waiver.ApprovedBy, waiver.ExpiresOn));
        }

        foreach (var category in RequiredCategories.Where(c => !logging.EntraLogs.Contains(c)))
        {
            bag.Add(LoggingDiagnostics.RequiredCategoryMissing(logging.Span, ConfigNaming.EnumValue(category)));
        }

        if (logging.AlertRoles.IsEmpty)
        {
            bag.Add(LoggingDiagnostics.NoAlertRoles(logging.Span));
        }
    }
}
