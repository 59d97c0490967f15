using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build.Backup;

/// <summary>
/// The <c>properties</c> of a Recovery Services protection policy (resource-types.md 2.2): a daily run at the
/// declared UK time and daily, weekly, monthly and yearly retention (BAK-04). The shape follows the azure-native
/// SDK's <c>AzureFileShareProtectionPolicy</c> / <c>AzureIaaSVMProtectionPolicy</c> inputs.
/// </summary>
internal static class BackupPolicyProperties
{
    /// <summary>Windows time-zone id for the UK: the schedule follows the school's clock through BST.</summary>
    public const string UkTimeZone = "GMT Standard Time";

    /// <summary>
    /// Recovery Services takes run times as date-times of which only the time of day is used, read in the policy's
    /// time zone. A fixed date keeps the template byte-identical from day to day.
    /// </summary>
    private const string ReferenceDate = "2026-01-01";

    /// <summary>Weekly, monthly and yearly points are the Sunday run; yearly ones the first Sunday of September.</summary>
    private const string RetainedDay = "Sunday";

    public static PulumiObject For(BackupPolicy policy)
    {
        var runTime = PulumiValue.TextList([$"{ReferenceDate}T{policy.DailyAt}:00Z"]);
        var schedule = PulumiValue.Map(
            ("schedulePolicyType", PulumiValue.Text("SimpleSchedulePolicy")),
            ("scheduleRunFrequency", PulumiValue.Text("Daily")),
            ("scheduleRunTimes", runTime));
        var retention = PulumiValue.Map(
            ("retentionPolicyType", PulumiValue.Text("LongTermRetentionPolicy")),
            ("dailySchedule", PulumiValue.Map(
                ("retentionTimes", runTime),
                ("retentionDuration", Duration(policy.KeepDailyDays, "Days")))),
            ("weeklySchedule", policy.KeepWeeklyWeeks > 0 ? PulumiValue.Map(
                ("daysOfTheWeek", PulumiValue.TextList([RetainedDay])),
                ("retentionTimes", runTime),
                ("retentionDuration", Duration(policy.KeepWeeklyWeeks, "Weeks"))) : null),
            ("monthlySchedule", policy.KeepMonthlyMonths > 0 ? PulumiValue.Map(
                ("retentionScheduleFormatType", PulumiValue.Text("Weekly")),
                ("retentionScheduleWeekly", FirstSunday()),
                ("retentionTimes", runTime),
                ("retentionDuration", Duration(policy.KeepMonthlyMonths, "Months"))) : null),
            ("yearlySchedule", policy.KeepYearlyYears > 0 ? PulumiValue.Map(
                ("retentionScheduleFormatType", PulumiValue.Text("Weekly")),
                ("monthsOfYear", PulumiValue.TextList(["September"])),
                ("retentionScheduleWeekly", FirstSunday()),
                ("retentionTimes", runTime),
                ("retentionDuration", Duration(policy.KeepYearlyYears, "Years"))) : null));

        return policy.Workload switch
        {
            BackupWorkload.AzureVm => PulumiValue.Map(
                ("backupManagementType", PulumiValue.Text("AzureIaasVM")),
                ("timeZone", PulumiValue.Text(UkTimeZone)),
                // Instant restore snapshots kept beside the VM for quick restores; 2 days is the service default.
                ("instantRpRetentionRangeInDays", PulumiValue.Number(2)),
                ("schedulePolicy", schedule),
                ("retentionPolicy", retention)),
            _ => PulumiValue.Map(
                ("backupManagementType", PulumiValue.Text("AzureStorage")),
                ("workLoadType", PulumiValue.Text("AzureFileShare")),
                ("timeZone", PulumiValue.Text(UkTimeZone)),
                ("schedulePolicy", schedule),
                ("retentionPolicy", retention)),
        };
    }

    private static PulumiObject Duration(int count, string unit) => PulumiValue.Map(
        ("count", PulumiValue.Number(count)),
        ("durationType", PulumiValue.Text(unit)));

    private static PulumiObject FirstSunday() => PulumiValue.Map(
        ("daysOfTheWeek", PulumiValue.TextList([RetainedDay])),
        ("weeksOfTheMonth", PulumiValue.TextList(["First"])));
}
