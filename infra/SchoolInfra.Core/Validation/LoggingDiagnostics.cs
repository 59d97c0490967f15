using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Validation;

/// <summary>SI25xx: audit logs, their retention and the alerts on risky changes (LOG-01 to LOG-03).</summary>
public static class LoggingDiagnostics
{
    public static Diagnostic RetentionBelowPolicy(SourceSpan at, int days, int minimum) => new(
        "SI2501", Severity.Error, at,
        string.Create(CultureInfo.InvariantCulture, $"Audit logs are kept for {days} days; the policy needs at least {minimum}."),
        string.Create(CultureInfo.InvariantCulture, $"set retentionDays: {minimum} or more so the annual review has a year of evidence, or record a waiver for LOG-02 under schoolinfra:waivers."));

    public static Diagnostic RequiredCategoryMissing(SourceSpan at, string category) => new(
        "SI2502", Severity.Error, at, $"The Entra log category \"{category}\" is not copied to the workspace.",
        $"add {category} to entraLogs; Microsoft keeps it for 30 days at most (LOG-01).");

    public static Diagnostic RetentionWaived(SourceSpan at, int days, string control, SchoolRole approvedBy, LocalDate until) => new(
        "SI2503", Severity.Warning, at,
        string.Create(CultureInfo.InvariantCulture,
            $"Audit logs are kept for {days} days, below the policy; a waiver for {control} approved by the {ConfigNaming.EnumValue(approvedBy)} allows this until {IsoDate.Format(until)}."),
        "raise retentionDays before the waiver ends; the report shows the waiver to governors.");

    public static Diagnostic NoAlertRoles(SourceSpan at) => new(
        "SI2504", Severity.Error, at, "Audit-log alerts name no roles to tell.",
        "list alertRoles, e.g. [itProvider, headteacher] (LOG-03).");
}
