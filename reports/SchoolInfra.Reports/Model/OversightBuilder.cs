using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Builds <see cref="OversightSection"/> from the school's records: incident logs (MON-02), the last yearly review
/// (REV-01), the termly checks (REV-02) and training (REV-05). Free text from records passes through
/// <see cref="ReasonScreen"/>; group and role keys become their plain names.
/// </summary>
internal static partial class OversightBuilder
{
    private static readonly ImmutableArray<SchoolRole> EnhancedRoles = [SchoolRole.ResponsibleGovernor, SchoolRole.FmSltLead, SchoolRole.Dsl];

    private static readonly ImmutableDictionary<string, SchoolRole> RoleWords =
        Enum.GetValues<SchoolRole>().ToImmutableDictionary(r => ConfigNaming.EnumValue(r), r => r, StringComparer.Ordinal);

    private static readonly ImmutableDictionary<string, string> Bodies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ico"] = "the ICO",
        ["police"] = "the police",
        ["dfe"] = "the DfE",
        ["insurer"] = "the insurer",
        ["rpa"] = "the insurer (RPA)",
        ["ncsc"] = "the NCSC",
        ["reportFraud"] = "Report Fraud",
        ["actionFraud"] = "Report Fraud",
        ["localAuthority"] = "the local authority",
        ["parents"] = "parents",
        ["lado"] = "the LADO",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public static OversightSection Build(ReportInputs inputs, SchoolTerm? term, PlainKeys keys)
    {
        var screen = ReasonScreen.For(inputs.Config);
        var roles = inputs.Config.Roles;
        var since = term?.Start ?? inputs.Today.PlusDays(-120);
        var (incidentsSummary, incidents) = Incidents(inputs, since, screen, keys, roles);
        var (reviewSummary, reviewActions) = Review(inputs, screen, roles);
        var (checksSummary, failures) = Checks(inputs, screen);
        var (trainingSummary, training, enhanced) = Training(inputs, screen, roles);
        return new OversightSection(incidentsSummary, incidents, reviewSummary, reviewActions, checksSummary, failures, trainingSummary, training, enhanced);
    }

    private static (string, ImmutableArray<IncidentLine>) Incidents(ReportInputs inputs, LocalDate since, ReasonScreen screen, PlainKeys keys, SchoolRoles roles)
    {
        var logs = inputs.Records.OfKind(RecordKind.IncidentLog).Where(r => r.Date >= since).ToList();
        var lines = logs.SelectMany(r => r.Entries("incidents"))
            .Select(e => (Found: SchoolRecord.DateIn(e, "found"), Entry: e))
            .Where(x => x.Found is { } found && found >= since)
            .OrderBy(x => x.Found)
            .Select(x => Incident(x.Entry, x.Found ?? since, screen, keys, roles))
            .Distinct()
            .ToImmutableArray();
        var summary = lines.IsEmpty
            ? logs.Count > 0 ? "The incident log records no incidents this term." : "No incident log has been recorded this term."
            : $"{EnglishList.Count(lines.Length, "incident was", "incidents were")} logged this term.";
        return (summary, lines);
    }

    private static IncidentLine Incident(SourceMapping entry, LocalDate found, ReasonScreen screen, PlainKeys keys, SchoolRoles roles)
    {
        var category = Sentences.Capitalise(keys.Rewrite(SchoolRecord.TextIn(entry, "category") ?? "incident"));
        var actions = SchoolRecord.TextIn(entry, "actions");
        var what = actions is null ? $"{category}." : $"{category}. {screen.Screen(actions)}";
        var outcome = SchoolRecord.TextIn(entry, "outcome") is { } text ? screen.Screen(text) : "No outcome is recorded.";
        if (SchoolRecord.TextIn(entry, "personalDataBreach") == "true")
        {
            outcome += SchoolRecord.DateIn(entry, "icoReportedOn") is { } reported
                ? $" It was a personal data breach, reported to the ICO on {DisplayDates.Format(reported)}."
                : " It was a personal data breach, not reported to the ICO.";
        }

        var told = entry["told"] is SourceSequence list
            ? list.Items.OfType<SourceScalar>().Select(s => Told(s.Text, roles, keys)).ToList()
            : [];
        return new IncidentLine(DisplayDates.Format(found), what, outcome, told.Count == 0 ? "Nobody is recorded." : Sentences.Capitalise(EnglishList.Join(told)));
    }

    private static string Told(string word, SchoolRoles roles, PlainKeys keys) =>
        RoleWords.TryGetValue(word, out var role) ? RoleNames.InSentence(role)
        : Bodies.TryGetValue(word, out var body) ? body
        : keys.Rewrite(word);

    private static (string, ImmutableArray<ReviewActionLine>) Review(ReportInputs inputs, ReasonScreen screen, SchoolRoles roles)
    {
        if (inputs.Records.Latest(RecordKind.FmReview) is not { } review)
        {
            return ("No yearly filtering and monitoring review has been recorded.", []);
        }

        var lines = review.Entries("actions").Select(entry =>
        {
            var owner = SchoolRecord.TextIn(entry, "owner") is { } word && RoleWords.TryGetValue(word, out var role)
                ? RoleNames.WithHolderCapitalised(roles, role)
                : "Nobody named";
            var due = SchoolRecord.DateIn(entry, "due");
            var done = SchoolRecord.DateIn(entry, "done");
            var late = done is null && due is { } d && d < inputs.Today;
            var status = done is { } on ? $"Done on {DisplayDates.Format(on)}"
                : due is { } by ? late ? $"Late: was due by {DisplayDates.Format(by)}" : $"Open: due by {DisplayDates.Format(by)}"
                : "Open: no due date";
            return new ReviewActionLine(screen.Screen(SchoolRecord.TextIn(entry, "action")), owner, status, late);
        }).ToImmutableArray();
        var done = lines.Count(l => l.Status.StartsWith("Done", StringComparison.Ordinal));
        var open = lines.Length - done;
        var summary = lines.IsEmpty
            ? $"The last yearly review, on {DisplayDates.Format(review.Date)}, recorded no actions."
            : $"The last yearly review, on {DisplayDates.Format(review.Date)}, agreed {EnglishList.Count(lines.Length, "action")}: "
              + $"{done} {(done == 1 ? "is" : "are")} done and {open} {(open == 1 ? "is" : "are")} open.";
        return (summary, lines);
    }

    private static (string, ImmutableArray<CheckFailureLine>) Checks(ReportInputs inputs, ReasonScreen screen)
    {
        var since = inputs.Today.PlusYears(-1);
        var checks = inputs.Records.OfKind(RecordKind.FmCheck).Where(r => r.Date > since).OrderBy(r => r.Date).ToList();
        if (checks.Count == 0)
        {
            return ("No termly filtering and monitoring check has been recorded in the last year.", []);
        }

        var lines = checks.SelectMany(check => check.Entries("failures").Select(entry =>
        {
            var fixedOn = SchoolRecord.DateIn(entry, "fixedOn") ?? PassedOn(SchoolRecord.TextIn(entry, "retest"));
            return new CheckFailureLine(
                DisplayDates.Format(check.Date),
                screen.Screen(SchoolRecord.TextIn(entry, "what")),
                SchoolRecord.TextIn(entry, "action") is { } action ? screen.Screen(action) : "No fix is recorded.",
                fixedOn is { } on ? $"Fixed on {DisplayDates.Format(on)}" : "Not fixed yet",
                fixedOn is not null);
        })).ToImmutableArray();
        var open = lines.Count(l => !l.IsFixed);
        var checkWords = $"{EnglishList.Count(checks.Count, "termly check", "termly checks")} in the last year";
        var summary = lines.IsEmpty
            ? $"The {checkWords} found no failures."
            : $"The {checkWords} found {EnglishList.Count(lines.Length, "failure")}. "
              + (open == 0 ? (lines.Length == 1 ? "It was fixed." : "All were fixed.") : $"{open} {(open == 1 ? "is" : "are")} not fixed yet.");
        return (summary, lines);
    }

    private static (string, ImmutableArray<TrainingLine>, ImmutableArray<string>) Training(ReportInputs inputs, ReasonScreen screen, SchoolRoles roles)
    {
        if (inputs.Records.Latest(RecordKind.Training) is not { } record)
        {
            return ("No training has been recorded.", [], []);
        }

        var groups = inputs.Config.Identity.Groups;
        var lines = record.Entries("groups").Select(entry =>
        {
            var key = SchoolRecord.TextIn(entry, "group") ?? string.Empty;
            var name = groups.FirstOrDefault(g => g.Key == key)?.DisplayName ?? "A group not in the settings";
            var trained = SchoolRecord.NumberIn(entry, "trained") ?? 0;
            var of = SchoolRecord.NumberIn(entry, "of") ?? 0;
            return new TrainingLine(name, $"{trained} of {of}", of > 0 && trained >= of);
        }).ToImmutableArray();
        var incomplete = lines.Where(l => !l.IsComplete).Select(l => $"{l.Group.ToLowerInvariant()} ({l.Trained})").ToList();
        var course = record.Text("course") is { } text ? $" ({screen.Screen(text).TrimEnd('.')})" : string.Empty;
        var summary = $"Training of {DisplayDates.Format(record.Date)}{course}: "
            + (incomplete.Count == 0
                ? "everyone in every group was trained."
                : $"not everyone was trained in {EnglishList.Count(incomplete.Count, "group")}: {EnglishList.Join(incomplete)}.");
        var enhancedSection = record.Section("enhanced");
        var enhanced = EnhancedRoles.Select(role =>
        {
            var date = enhancedSection is null ? null : SchoolRecord.DateIn(enhancedSection, ConfigNaming.EnumValue(role));
            return $"{RoleNames.WithHolderCapitalised(roles, role)}: " + (date is { } d ? $"extra filtering and monitoring training on {DisplayDates.Format(d)}." : "no extra filtering and monitoring training is recorded.");
        }).ToImmutableArray();
        return (summary, lines, enhanced);
    }

    /// <summary>"passed on 2026-10-07" as the date it passed; null for anything else.</summary>
    private static LocalDate? PassedOn(string? retest) =>
        retest is not null && PassedPattern().Match(retest) is { Success: true } m ? SchoolRecord.ParseDate(m.Groups["date"].Value) : null;

    [GeneratedRegex(@"^passed on (?<date>\d{4}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PassedPattern();
}
