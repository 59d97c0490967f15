using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Backups;

/// <summary>
/// BAK-04: every vault has a backup policy; policies run daily and keep daily backups at least 30 days, weekly at
/// least 12 weeks and monthly at least 12 months (catalogue default; DfE-CS CS6, NCSC-BK several restore points).
/// </summary>
public sealed class DailyRetentionRule : BackupRule
{
    public const int DailyDays = 30;
    public const int WeeklyWeeks = 12;
    public const int MonthlyMonths = 12;

    public override string Id => "bak-04";

    protected override string MetSummary => "Backups run every night and can go back a day, a week or a month.";

    protected override void Check(RuleContext context, BackupConfig backups, FindingBuilder finding)
    {
        if (backups.Policies.IsEmpty)
        {
            finding.NotMet("noPolicy", backups.Span, "No backup policy is declared, so nothing shows daily runs or how long backups are kept.",
                "Add a daily backup policy for each vault under backups policies.", SchoolRole.ItProvider);
        }

        foreach (var vault in backups.Vaults.Where(v => !backups.Policies.Any(p => p.Vault == v.Key)))
        {
            finding.NotMet("vaultWithoutPolicy", vault.Span, $"The vault \"{vault.Key}\" has no backup policy.",
                "Add a daily backup policy for it.", SchoolRole.ItProvider);
        }

        foreach (var policy in backups.Policies)
        {
            var ok = Keep(finding, policy, policy.KeepDailyDays, DailyDays, "daily backups", "days", "keepDailyDays");
            ok &= Keep(finding, policy, policy.KeepWeeklyWeeks, WeeklyWeeks, "weekly backups", "weeks", "keepWeeklyWeeks");
            ok &= Keep(finding, policy, policy.KeepMonthlyMonths, MonthlyMonths, "monthly backups", "months", "keepMonthlyMonths");
            if (ok)
            {
                finding.Evidence($"The policy \"{policy.Key}\" runs daily at {policy.DailyAt} and keeps daily backups {policy.KeepDailyDays} days, weekly {policy.KeepWeeklyWeeks} weeks, monthly {policy.KeepMonthlyMonths} months.");
            }
        }

        var outside = backups.Copies.Where(c => c.Medium != CopyMedium.CloudVault).Select(c => c.Key).ToList();
        if (outside.Count > 0)
        {
            finding.Evidence($"The schedules of copies outside the vaults ({Names(outside)}) are not declared; restore tests (BAK-06) show they work.");
        }

        finding.LiveCheckNotRun("that the newest recovery point of every protected item is at most 26 hours old");
    }

    private static bool Keep(FindingBuilder finding, BackupPolicy policy, int value, int minimum, string what, string unit, string key)
    {
        if (value >= minimum)
        {
            return true;
        }

        finding.NotMet("retentionTooShort", policy.Span, $"The backup policy \"{policy.Key}\" keeps {what} for {value} {unit}; at least {minimum} are needed.",
            $"Set {key} to {minimum} or more.", SchoolRole.ItProvider);
        return false;
    }
}
