using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// The technical security policy as the governing body last approved it: the newest <c>policy-approval</c> record
/// made by a governor role (REV-06). MON-03, DEV-11 and DEV-12 read what it says (reporting routes, personal use),
/// so the approved policy is the evidence that a rule exists.
/// </summary>
public static class GoverningBodyPolicy
{
    /// <summary>The roles whose approval is the governing body's.</summary>
    public static readonly SchoolRole[] Governors = [SchoolRole.ChairOfGovernors, SchoolRole.ResponsibleGovernor, SchoolRole.SafeguardingGovernor];

    /// <summary>The yearly approval as <see cref="RecordSchedule.Annual"/> judges it.</summary>
    public static RecordDue Approval(RuleContext context) =>
        RecordSchedule.Annual(RecordKind.PolicyApproval, context.Records, context.Today, r => Governors.Contains(r.By));

    /// <summary>The approved policy in force: the newest governors' approval from the last 12 months, or null.</summary>
    public static SchoolRecord? Current(RuleContext context) => context.Records.OfKind(RecordKind.PolicyApproval)
        .FirstOrDefault(r => Governors.Contains(r.By) && SchoolCalendar.WithinTwelveMonths(r.Date, context.Today));

    /// <summary>The topics of this academic year's training record (<c>topics</c>), empty when there is none.</summary>
    public static IReadOnlySet<string> TrainedTopics(RuleContext context) =>
        RecordSchedule.Annual(RecordKind.Training, context.Records, context.Today).Latest is { } training
            ? training.Words("topics").ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    /// <summary>The newest provider attestation from the last 12 months, or null.</summary>
    public static SchoolRecord? CurrentAttestation(RuleContext context) => context.Records.OfKind(RecordKind.ProviderAttestation)
        .FirstOrDefault(r => SchoolCalendar.WithinTwelveMonths(r.Date, context.Today));
}
