using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Audit logs, alerts and monitoring.</summary>
internal static class LoggingChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Logging;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        switch (before.Logging, after.Logging)
        {
            case (null, { }):
                changes.Add(Area, "Adds the school's audit log settings.", ["LOG-01", "LOG-02", "LOG-03"]);
                break;
            case ({ }, null):
                changes.Add(Area, "Removes the school's audit log settings.", ["LOG-01", "LOG-02", "LOG-03"], RiskFlag.LoggingReduced);
                break;
            case ({ } b, { } a):
                DescribeLogs(b, a, changes);
                break;
        }

        switch (before.Monitoring, after.Monitoring)
        {
            case (null, { }):
                changes.Add(Area, "Adds the school's monitoring settings.", ["MON-01"]);
                break;
            case ({ }, null):
                changes.Add(Area, "Removes the school's monitoring settings.", ["MON-01"], RiskFlag.LoggingReduced);
                break;
            case ({ } b, { } a):
                DescribeMonitoring(b, a, changes);
                break;
        }
    }

    private static void DescribeLogs(LoggingConfig b, LoggingConfig a, ChangeList changes)
    {
        if (b.RetentionDays != a.RetentionDays)
        {
            var cut = a.RetentionDays < b.RetentionDays;
            changes.Add(Area, cut
                    ? $"Cuts how long audit logs are kept from {b.RetentionDays} to {a.RetentionDays} days."
                    : $"Keeps audit logs for {a.RetentionDays} days (was {b.RetentionDays}).",
                ["LOG-02"], cut ? [RiskFlag.LoggingReduced] : []);
        }

        var (logs, lostLogs) = KeyedPairs.Sets(b.EntraLogs, a.EntraLogs);
        if (lostLogs.Count > 0)
        {
            changes.Add(Area, $"Stops keeping {EnglishList.Join(lostLogs.Select(PlainNames.Of))}.", ["LOG-01"], RiskFlag.LoggingReduced);
        }

        if (logs.Count > 0)
        {
            changes.Add(Area, $"Also keeps {EnglishList.Join(logs.Select(PlainNames.Of))}.", ["LOG-01"]);
        }

        var (alerts, lostAlerts) = KeyedPairs.Sets(b.Alerts, a.Alerts);
        foreach (var alert in lostAlerts)
        {
            changes.Add(Area, $"Stops the alert raised when {PlainNames.Of(alert)}.", ["LOG-03"], RiskFlag.LoggingReduced);
        }

        foreach (var alert in alerts)
        {
            changes.Add(Area, $"Raises an alert when {PlainNames.Of(alert)}.", ["LOG-03"]);
        }

        DescribeRecipients(b.AlertRoles, a.AlertRoles, "Security alerts", ["LOG-03"], changes);
    }

    private static void DescribeMonitoring(MonitoringConfig b, MonitoringConfig a, ChangeList changes)
    {
        var (methods, lostMethods) = KeyedPairs.Sets(b.Methods, a.Methods);
        if (lostMethods.Count > 0)
        {
            changes.Add(Area, $"Stops monitoring through {EnglishList.Join(lostMethods.Select(PlainNames.Of))}.", ["MON-01"], RiskFlag.LoggingReduced);
        }

        if (methods.Count > 0)
        {
            changes.Add(Area, $"Also monitors through {EnglishList.Join(methods.Select(PlainNames.Of))}.", ["MON-01"]);
        }

        DescribeRecipients(b.HighRiskAlertsTo, a.HighRiskAlertsTo, "High-risk monitoring alerts", ["MON-01"], changes);
        if (b.WeeklyReviewBy != a.WeeklyReviewBy)
        {
            changes.Add(Area, $"Makes {RoleNames.InSentence(a.WeeklyReviewBy)} read the weekly monitoring report (was {RoleNames.InSentence(b.WeeklyReviewBy)}).", ["MON-01"]);
        }

        if (b.AupVersion != a.AupVersion)
        {
            changes.Add(Area, $"Moves to version {a.AupVersion} of the acceptable use policy.", ["MON-01", "GST-02"]);
        }

        if (b.UsersToldTheyAreMonitored != a.UsersToldTheyAreMonitored)
        {
            changes.Add(Area, a.UsersToldTheyAreMonitored
                    ? "Records that users are told their use is monitored."
                    : "Records that users are no longer told their use is monitored.",
                ["MON-01"], a.UsersToldTheyAreMonitored ? [] : [RiskFlag.LoggingReduced]);
        }
    }

    private static void DescribeRecipients(IEnumerable<SchoolRole> before, IEnumerable<SchoolRole> after, string what, string[] controls, ChangeList changes)
    {
        var (told, untold) = KeyedPairs.Sets(before, after);
        if (untold.Count > 0)
        {
            changes.Add(Area, $"{what} will no longer go to {EnglishList.Join(untold.Select(RoleNames.InSentence))}.", controls, RiskFlag.LoggingReduced);
        }

        if (told.Count > 0)
        {
            changes.Add(Area, $"{what} will also go to {EnglishList.Join(told.Select(RoleNames.InSentence))}.", controls);
        }
    }
}
