using NodaTime;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Everything a rule may look at. Rules are pure functions of this: config, desired state, records, today's date
/// (from the injected clock) and the school's latest drift check, when one ran.
/// </summary>
public sealed record RuleContext(SchoolConfig Config, DesiredState Desired, RecordSet Records, LocalDate Today)
{
    /// <summary>The whole catalogue, for rules about other controls (waivers name controls and their severity).</summary>
    public ControlCatalogue Catalogue { get; init; } = ControlCatalogue.Empty;

    /// <summary>Who approved each change to the school's files, from the pull requests' reviews on GitHub (CHG-01,
    /// CHG-02); null when the change history was not read at all.</summary>
    public ApprovalEvidence? Approvals { get; init; }

    /// <summary>
    /// The school's latest drift check (<c>--drift FILE</c> or schools/&lt;stack&gt;/live/drift.json); null when none
    /// ran, which is "no evidence" for the live part of a control, never "no drift".
    /// </summary>
    public DriftResult? Drift { get; init; }

    /// <summary>
    /// The school's latest tenant read (<c>--observed FILE</c> or schools/&lt;stack&gt;/live/tenant.json); null when
    /// none was saved. Rules with a tenant part judge what it shows; an area it could not read completely leaves that
    /// part "not checked live", never "met".
    /// </summary>
    public TenantSnapshot? Observed { get; init; }

    /// <summary>The school's terms as a calendar: term time, academic years, school days.</summary>
    public SchoolCalendar Calendar => new(Config.Terms);
}
