using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-13: servers, wireless access points and cabling are physically secure (all five seeds: servers, routers,
/// wireless and cabling securely located with physical access restricted; DfE-CS CS3). A yearly
/// <c>physical-security</c> record confirms <c>serverRoomLocked</c>, <c>cabinetsLocked</c>, <c>wirelessSecured</c>
/// (access points mounted out of reach or locked) and <c>cablingProtected</c> (no open network points in pupil areas),
/// and names the <c>keyHolders</c> (roles).
/// </summary>
public sealed class PhysicalSecurityRule : IRule
{
    private static readonly (string Field, string What)[] Checks =
    [
        ("serverRoomLocked", "the server room is locked"),
        ("cabinetsLocked", "network cabinets are locked"),
        ("wirelessSecured", "Wi-Fi points are out of reach or locked"),
        ("cablingProtected", "network cables and points are protected in pupil areas"),
    ];

    public string Id => "dev-13";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (result.ScheduledAnnual(RecordKind.PhysicalSecurity, context, "yearly check of the physical security of servers, Wi-Fi and cabling", at,
            "walk round the server room, cabinets, Wi-Fi points and cabling and add a physical-security record", SchoolRole.BusinessManager) is not { } check)
        {
            return result.Build(string.Empty);
        }

        var failed = Checks.Where(c => check.Flag(c.Field) != true).Select(c => c.What).ToList();
        if (failed.Count > 0)
        {
            result.NotMet("notSecured", check.Source, $"The check of {Wording.Date(check.Date)} does not confirm that {Wording.List(failed)}.",
                "secure them and record each as true in the physical-security record", SchoolRole.BusinessManager);
        }

        if (check.Words("keyHolders").IsEmpty)
        {
            result.Partial("keyHoldersUnnamed", check.SpanOf("keyHolders"), $"The check of {Wording.Date(check.Date)} does not say who holds the keys.",
                "list the roles that hold keys to the server room and cabinets under keyHolders", SchoolRole.BusinessManager);
        }

        result.Evidence($"Checked on {Wording.Date(check.Date)}: {Wording.List(Checks.Where(c => check.Flag(c.Field) == true).Select(c => c.What))}.");
        return result.Build("Servers, network cabinets, Wi-Fi points and cabling are locked away or out of reach.");
    }
}
