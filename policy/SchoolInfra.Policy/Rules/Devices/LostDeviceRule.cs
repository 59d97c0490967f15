using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-11: a lost or stolen school device is reported at once and locked or wiped remotely (DfE-CS CS3 and CS7; UK
/// GDPR security principle; seed 004: loss reported immediately). The governors' approved policy names who staff
/// tell (<c>reportingRoutes.lostDevices</c>); every <c>lostDevice</c> or <c>stolenDevice</c> incident of the last 12
/// months was reported within <c>reportWithinHours</c> (24) and has <c>remoteAction</c> locked or wiped.
/// </summary>
public sealed class LostDeviceRule : IRule
{
    public string Id => "dev-11";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Devices?.Span ?? context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        var policy = GoverningBodyPolicy.Current(context);
        if (policy is null)
        {
            result.NoEvidence("noApprovedPolicy", at, "No technical security policy approved by the governors in the last 12 months says who to tell when a device is lost or stolen.",
                "approve the policy and list who staff tell under reportingRoutes lostDevices in the policy-approval record", SchoolRole.ChairOfGovernors);
        }
        else if (ReportingRoutes.Roles(policy, ReportingRoutes.LostDevices) is { IsEmpty: false } roles)
        {
            result.Evidence($"Staff report a lost or stolen device to {Wording.List(roles.Select(Wording.Role))} at once.");
        }
        else
        {
            result.NotMet("routeMissing", policy.SpanOf("reportingRoutes"), "The approved policy does not say who to tell when a school device is lost or stolen.",
                "name the role under reportingRoutes lostDevices in the policy-approval record", SchoolRole.SltDigitalLead);
        }

        var hours = control.IntParameter("reportWithinHours", 24);
        var losses = context.Records.OfKind(RecordKind.IncidentLog)
            .SelectMany(r => r.Entries("incidents").Select(i => (Record: r, Incident: i)))
            .Where(x => SchoolRecord.TextIn(x.Incident, "category") is "lostDevice" or "stolenDevice")
            .Where(x => SchoolRecord.DateIn(x.Incident, "found") is { } found && SchoolCalendar.WithinTwelveMonths(found, context.Today))
            .ToList();
        foreach (var (record, incident) in losses)
        {
            var found = Wording.Date(SchoolRecord.DateIn(incident, "found") ?? record.Date);
            if (SchoolRecord.NumberIn(incident, "reportedWithinHours") is not { } reported || reported > hours)
            {
                result.NotMet("reportedLate", incident.Span, $"The device lost on {found} was not reported within {Wording.Plural(hours, "hour", "hours")}.",
                    "remind staff to report a lost device at once, and record reportedWithinHours", SchoolRole.SltDigitalLead);
            }

            if (SchoolRecord.TextIn(incident, "remoteAction") is not ("locked" or "wiped"))
            {
                result.NotMet("notLockedOrWiped", incident.Span, $"The device lost on {found} is not recorded as locked or wiped remotely.",
                    "lock or wipe it through Intune or Jamf and record remoteAction: locked or wiped", SchoolRole.ItProvider);
            }
        }

        result.Evidence(losses.Count == 0
            ? "No school device was lost or stolen in the last 12 months."
            : $"{Wording.Plural(losses.Count, "device was", "devices were")} lost or stolen in the last 12 months.");
        return result.Build("Staff know to report a lost or stolen device at once, and any such device is locked or wiped.");
    }
}
