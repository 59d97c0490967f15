using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-02: filtering and monitoring are checked every term (DfE-FM FM2) on each device platform, for each
/// filtering profile and over each backup connection (or a connection not tested has an action); every SWGfL test
/// shows child abuse, terrorist and adult content blocked; a test alert reached the DSL; every failure has an
/// action and a retest. The fm-check record lists its tests as <c>tests</c>, one per profile, platform and connection.
/// </summary>
public sealed class TermlyFmCheckRule : IRule
{
    private static readonly string[] SwgflCategories = ["childAbuse", "terrorism", "adult"];

    public string Id => "rev-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var config = context.Config;
        var at = config.Filtering?.Span ?? config.Span;
        var result = new FindingBuilder(control.Id, at);
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

        var tests = check.Entries("tests");
        Covers(result, check, tests, "platform", platforms.Select(p => ConfigNaming.EnumValue(p)), "device platforms");
        Covers(result, check, tests, "profile", config.Filtering?.Profiles.Select(p => p.Key) ?? [], "filtering profiles");
        var untested = check.Entries("untestedConnections").Where(u => u["action"] is not null)
            .Select(u => SchoolRecord.TextIn(u, "connection")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var backups = config.Filtering?.Connections.Where(c => c.Kind != ConnectionKind.Primary).Select(c => c.Key) ?? [];
        Covers(result, check, tests, "connection", backups.Where(c => !untested.Contains(c)), "backup connections");

        var notBlocked = SwgflCategories.Where(c => tests.IsEmpty || tests.Any(t => SchoolRecord.TextIn(t, c) != "blocked")).ToList();
        if (notBlocked.Count > 0)
        {
            result.NotMet("notBlocked", check.SpanOf("tests"), $"The check of {Wording.Date(check.Date)} does not show {Wording.List(notBlocked)} content blocked in every SWGfL test.",
                "run the SWGfL test for every profile, fix anything not blocked and record each test under tests", SchoolRole.ItProvider);
        }

        if (check.Flag("monitoringAlertReachedDsl") != true)
        {
            result.NotMet("alertNotReachedDsl", check.SpanOf("monitoringAlertReachedDsl"), $"The check of {Wording.Date(check.Date)} does not show that a test monitoring alert reached the DSL.",
                "send a test alert, confirm the DSL received it and record monitoringAlertReachedDsl: true", SchoolRole.Dsl);
        }

        foreach (var failure in check.Entries("failures").Where(f => f["action"] is null || f["retest"] is null))
        {
            result.NotMet("failureNoRetest", failure.Span, $"A failure found in the check of {Wording.Date(check.Date)} has no action or retest.",
                "record the action taken and the retest result for each failure", SchoolRole.ItProvider);
        }

        result.Evidence($"The check of {Wording.Date(check.Date)} ran {Wording.Plural(tests.Length, "SWGfL test", "SWGfL tests")} on {Wording.List(Distinct(tests, "platform"))} for the profiles {Wording.List(Distinct(tests, "profile"))}.");
        return result.Build("Filtering and monitoring were checked this term on every device type and for every group.");
    }

    private static void Covers(FindingBuilder result, SchoolRecord check, ImmutableArray<SourceMapping> tests, string field, IEnumerable<string> expected, string what)
    {
        var covered = Distinct(tests, field).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(e => !covered.Contains(e)).ToList();
        if (missing.Count > 0)
        {
            result.Partial("coverageGap", check.SpanOf("tests"), $"The check of {Wording.Date(check.Date)} did not test the {what} {Wording.Quoted(missing)}.",
                $"test every declared {what[..^1]} in the next check and record it under tests", SchoolRole.FmSltLead);
        }
    }

    private static IEnumerable<string> Distinct(ImmutableArray<SourceMapping> tests, string field) =>
        tests.Select(t => SchoolRecord.TextIn(t, field)).OfType<string>().Distinct(StringComparer.Ordinal);
}
