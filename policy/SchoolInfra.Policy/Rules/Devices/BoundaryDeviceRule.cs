using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-04: each firewall, router and wireless controller has a record showing its default password changed, its
/// admin interface unreachable from the internet (or behind MFA or an IP allow-list), firmware and inbound rules
/// checked this term, every inbound rule with a reason and an approver, and the kit physically secured (DfE-CS CS3,
/// CE firewalls and secure configuration). Records only.
/// </summary>
/// <remarks>
/// Records read: <c>boundary-device</c>, the newest per <c>device</c> (its name), with <c>defaultCredentialsChanged</c>
/// (date), <c>adminInterface</c> (<c>none</c>, <c>mfa</c> or <c>ipAllowList</c>), <c>firmwareChecked</c> and
/// <c>rulesReviewed</c> (dates), <c>physicallySecured</c> (true or false) and list <c>inboundRules</c> with items
/// <c>rule</c>, <c>reason</c> and <c>approvedBy</c>.
/// </remarks>
public sealed class BoundaryDeviceRule : ControlRule
{
    private static readonly string[] SafeAdminAccess = ["none", "mfa", "ipAllowList"];

    public override string Id => "dev-04";

    protected override string MetSummary => "The school's router, firewall and Wi-Fi kit are locked down and checked this term.";

    protected override void Check(RuleContext context, FindingBuilder finding)
    {
        var records = context.Records.OfKind(RecordKind.BoundaryDevice).Where(r => r.Date <= context.Today).ToList();
        if (records.Count == 0)
        {
            finding.NoEvidence("noDevices", context.Config.Span, "No boundary device (firewall, router or wireless controller) is on record.",
                "Record each firewall, router and wireless controller as a boundary-device record: default password changed, admin access, firmware and inbound rules checked this term.",
                SchoolRole.ItProvider);
            return;
        }

        var calendar = context.Calendar;
        var latest = records.GroupBy(r => RecordFields.Text(r, "device") ?? r.Source.ToString(), StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        foreach (var record in latest)
        {
            CheckDevice(context, calendar, record, finding);
        }

        finding.Evidence($"{Count(latest.Count, "boundary device is", "boundary devices are")} on record.");
    }

    private static void CheckDevice(RuleContext context, SchoolCalendar calendar, SchoolRecord record, FindingBuilder finding)
    {
        var name = RecordFields.Text(record, "device") ?? "an unnamed device";
        var ok = true;
        if (RecordFields.Date(record, "defaultCredentialsChanged") is null)
        {
            finding.NotMet("defaultPassword", record.Source, $"The record for \"{name}\" does not show its default password was changed.",
                "Change the default admin password and record the date as defaultCredentialsChanged.", SchoolRole.ItProvider);
            ok = false;
        }

        if (!SafeAdminAccess.Any(a => RecordFields.Is(RecordFields.Text(record, "adminInterface"), a)))
        {
            finding.NotMet("adminInterfaceExposed", record.Source, $"The record for \"{name}\" does not show its admin interface unreachable from the internet, behind MFA or limited to an IP allow-list.",
                "Restrict the admin interface and record adminInterface: none, mfa or ipAllowList.", SchoolRole.ItProvider);
            ok = false;
        }

        ok &= Termly(context, calendar, record, name, "firmwareChecked", "firmware check", finding);
        ok &= Termly(context, calendar, record, name, "rulesReviewed", "review of inbound rules", finding);
        if (RecordFields.Bool(record, "physicallySecured") != true)
        {
            finding.NotMet("notPhysicallySecured", record.Source, $"The record for \"{name}\" does not show it is physically secured.",
                "Keep it in a locked cabinet or room and record physicallySecured: true.", SchoolRole.BusinessManager);
            ok = false;
        }

        var rules = RecordFields.Items(record, "inboundRules");
        var unexplained = rules.Count(r => RecordFields.Text(r, "reason") is null || RecordFields.Text(r, "approvedBy") is null);
        if (unexplained > 0)
        {
            finding.NotMet("unexplainedInboundRule", record.Source, $"{Count(unexplained, "inbound rule", "inbound rules")} on \"{name}\" {(unexplained == 1 ? "has" : "have")} no written reason or approver.",
                "Remove the rule, or record its reason and the senior leader who approved it.", SchoolRole.SltDigitalLead);
            ok = false;
        }

        if (ok)
        {
            finding.Evidence($"\"{name}\": default password changed, admin access restricted, firmware and {Count(rules.Count, "inbound rule", "inbound rules")} checked within the term, physically secured.");
        }
    }

    private static bool Termly(RuleContext context, SchoolCalendar calendar, SchoolRecord record, string name, string field, string what, FindingBuilder finding)
    {
        LocalDate[] dates = RecordFields.Date(record, field) is { } date ? [date] : [];
        var check = RecordSchedule.Termly(dates, calendar, context.Today);
        if (check.State is DueState.Done or DueState.Due)
        {
            return true;
        }

        var message = check.Date is { } last
            ? $"The {what} of \"{name}\" was last recorded on {Wording.Date(last)}; the one for {check.Period} is overdue."
            : $"The record for \"{name}\" does not show when its {what} was last done.";
        finding.NotMet(field, record.Source, message, $"Do the {what} and record the date as {field}.", SchoolRole.ItProvider);
        return false;
    }
}
