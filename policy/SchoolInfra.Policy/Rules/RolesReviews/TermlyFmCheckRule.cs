using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-02: filtering and monitoring are checked every term (DfE-FM FM2) on each device platform, for each
/// filtering profile and over each backup connection; the SWGfL test shows child abuse, terrorist and adult content
/// blocked; a test alert reached the DSL; every failure has an action and a retest.
/// </summary>
public sealed class TermlyFmCheckRule : IRule
{
    private static readonly string[] SwgflCategories = ["childAbuse", "terrorism", "adult"];

    public string Id => "rev-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var config = context.Config;
        var at = config.Filtering?.Span ?? config.Span;
        var result = new FindingDraft(control, at);
        var due = RecordSchedule.Termly(RecordKind.FmCheck, context.Records, context.Calendar, context.Today);
        result.Scheduled(due, "termly filtering and monitoring check", at,
            "check filtering and monitoring on every device type and profile and add an fm-check record", SchoolRole.FmSltLead);
        if (due.Latest is not { } check)
        {
            return result.Build(string.Empty);
        }

        var platforms = new List<DevicePlatform>();
        if (config.Devices?.Windows is not null)
        {
            platforms.Add(DevicePlatform.Windows);
        }

        if (config.Devices?.Ipads is not null)
        {
            platforms.Add(DevicePlatform.IPadOs);
        }

        Covers(result, check, "platforms", platforms.Select(p => ConfigNaming.EnumValue(p)), "device platforms");
        Covers(result, check, "profiles", config.Filtering?.Profiles.Select(p => p.Key) ?? [], "filtering profiles");
        var backups = config.Filtering?.Connections.Where(c => c.Kind != ConnectionKind.Primary).Select(c => c.Key).ToList() ?? [];
        var untested = check.Words("failoverNotTested").ToHashSet(StringComparer.Ordinal);
        Covers(result, check, "connections", backups.Where(c => !untested.Contains(c)), "backup connections");

        var swgfl = check.Section("swgfl");
        var notBlocked = SwgflCategories.Where(c => swgfl is null || SchoolRecord.TextIn(swgfl, c) != "blocked").ToList();
        if (notBlocked.Count > 0)
        {
            result.NotMet($"The check of {Wording.Date(check.Date)} does not show {Wording.List(notBlocked)} content blocked in the SWGfL test.", check.SpanOf("swgfl"),
                "run the SWGfL test for every profile, fix anything not blocked and record the results under swgfl", SchoolRole.ItProvider);
        }

        if (check.Flag("monitoringAlertReachedDsl") != true)
        {
            result.NotMet($"The check of {Wording.Date(check.Date)} does not show that a test monitoring alert reached the DSL.", check.SpanOf("monitoringAlertReachedDsl"),
                "send a test alert, confirm the DSL received it and record monitoringAlertReachedDsl: true", SchoolRole.Dsl);
        }

        foreach (var failure in check.Entries("failures").Where(f => f["action"] is null || f["retest"] is null))
        {
            result.NotMet($"A failure found in the check of {Wording.Date(check.Date)} has no action or retest.", failure.Span,
                "record the action taken and the retest result for each failure", SchoolRole.ItProvider);
        }

        result.Evidence($"The check of {Wording.Date(check.Date)} covered {Wording.List(check.Words("platforms"))} for the profiles {Wording.List(check.Words("profiles"))}.");
        return result.Build("Filtering and monitoring were checked this term on every device type and for every group.");
    }

    private static void Covers(FindingDraft result, SchoolRecord check, string field, IEnumerable<string> expected, string what)
    {
        var covered = check.Words(field).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(e => !covered.Contains(e)).ToList();
        if (missing.Count > 0)
        {
            result.Partial($"The check of {Wording.Date(check.Date)} did not cover the {what} {Wording.Quoted(missing)}.", check.SpanOf(field),
                $"include every declared {what[..^1]} in the next check and list it under {field}", SchoolRole.FmSltLead);
        }
    }
}
