using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Backup;

public sealed record BackupPolicy : ConfigRecord
{
    [UniqueKey(RefKind.BackupPolicy)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    [RefersTo(RefKind.BackupVault)]
    public required string Vault { get; init; }

    public required BackupWorkload Workload { get; init; }

    [Description("Daily run time (UK time), HH:mm.")]
    [Format(ValueFormat.TimeOfDay)]
    public string DailyAt { get; init; } = "19:00";

    [Range(7, 9999)]
    public int KeepDailyDays { get; init; } = 30;

    [Range(0, 5163)]
    public int KeepWeeklyWeeks { get; init; } = 12;

    [Range(0, 1188)]
    public int KeepMonthlyMonths { get; init; } = 12;

    [Range(0, 99)]
    public int KeepYearlyYears { get; init; }
}
