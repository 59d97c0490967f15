using System.Collections.Immutable;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// The records the catalogue expects on a schedule (reference/controls.md), with the school's choice where it
/// has one (access reviews termly or annual, C8), and the weekly review of monitoring reports (MON-01). Event
/// records (emergency changes, AUP acceptances) are not here.
/// </summary>
public static class ScheduledRecords
{
    public static ImmutableArray<(RecordKind Kind, RecordFrequency Frequency)> For(SchoolConfig config) =>
    [
        (RecordKind.FmReview, RecordFrequency.Annual),
        (RecordKind.FmCheck, RecordFrequency.Termly),
        (RecordKind.AccessReview, config.Reviews.AccessRights == ReviewFrequency.Annual ? RecordFrequency.Annual : RecordFrequency.Termly),
        (RecordKind.RestoreTest, RecordFrequency.Termly),
        (RecordKind.Training, RecordFrequency.Annual),
        (RecordKind.RiskAssessment, RecordFrequency.Annual),
        (RecordKind.ContinuityTest, RecordFrequency.Annual),
        (RecordKind.IncidentLog, RecordFrequency.Termly),
        (RecordKind.ProviderAttestation, RecordFrequency.Annual),
        (RecordKind.BoundaryDevice, RecordFrequency.Termly),
        (RecordKind.LicenceReconciliation, RecordFrequency.Termly),
        (RecordKind.PolicyApproval, RecordFrequency.Annual),
        (RecordKind.BreakGlassCustody, RecordFrequency.Termly),
        (RecordKind.ChangeReview, RecordFrequency.Termly),
        (RecordKind.DataProtection, RecordFrequency.Annual),
        (RecordKind.TrainingNeedsAudit, RecordFrequency.Annual),
        (RecordKind.GovernorLogReview, RecordFrequency.Termly),
        (RecordKind.PhysicalSecurity, RecordFrequency.Annual),
        (RecordKind.MonitoringReview, RecordFrequency.Weekly),
    ];

    public static ImmutableArray<RecordDue> Compute(SchoolConfig config, RecordSet records, NodaTime.LocalDate today)
    {
        var calendar = new SchoolCalendar(config.Terms);
        return [.. For(config).Select(s => s.Frequency switch
        {
            RecordFrequency.Termly => RecordSchedule.Termly(s.Kind, records, calendar, today),
            RecordFrequency.Weekly => RecordSchedule.Weekly(records, calendar, today),
            _ => RecordSchedule.Annual(s.Kind, records, today),
        })];
    }
}
