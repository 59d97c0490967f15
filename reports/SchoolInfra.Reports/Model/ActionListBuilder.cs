using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Every action to fix, most serious first, each with who acts and by when. Nothing is cut: each open problem of each
/// control, each overdue item, each unapproved change and each unnamed role gets its own line. Dates follow one rule:
/// two weeks for high importance and anything overdue, the end of the term for medium, the end of the next term for low.
/// </summary>
internal static class ActionListBuilder
{
    public const string DateRule = "Dates: two weeks for high-importance and overdue items, the end of this term for medium, the end of next term for low.";

    public static ImmutableArray<ActionLine> Build(
        ReportInputs inputs, ImmutableArray<EvaluatedControl> evaluated, ImmutableArray<OverdueLine> overdue, ChangesSection changes,
        RolesSection roles, PlainKeys keys, ImmutableArray<LiveChange> liveChanges)
    {
        var today = inputs.Today;
        var dates = new ActionDeadlines(inputs.Config.Terms, today);
        var items = new List<(int Severity, int Rank, int Order, LocalDate Due, ActionLine Line)>();
        foreach (var e in evaluated.Where(e => e.Status is FindingStatus.NotMet or FindingStatus.Partial or FindingStatus.NoEvidence))
        {
            var due = dates.For(e.Control.Severity);
            var what = $"{e.Control.Id}: {e.Control.Title}";
            var importance = StatusNames.Importance(e.Control.Severity);
            var severity = SeverityRank(e.Control.Severity);
            if (e.Finding is null)
            {
                items.Add((severity, 2, e.Order, due, new ActionLine(what, "This control was not checked.",
                    "Find out why the check did not run, and run it.", RoleNames.WithHolderCapitalised(inputs.Config.Roles, SchoolRole.ItProvider),
                    DisplayDates.Format(due), importance)
                {
                    ControlId = e.Control.Id,
                }));
                continue;
            }

            var problems = e.Finding.Problems.IsEmpty
                ? [new FindingProblem("finding", e.Status, e.Finding.Summary, e.Finding.Location, e.Finding.Action ?? string.Empty, e.Finding.ActionBy ?? SchoolRole.ItProvider)]
                : e.Finding.Problems;
            // A change found on the live systems is one action of its own (below), however many controls it breaks.
            foreach (var problem in problems.Where(p => p.Drift.IsEmpty))
            {
                items.Add((severity, Rank(problem.Status), e.Order, due, new ActionLine(
                    what,
                    Sentences.Full(keys.Rewrite(DisplayDates.InText(problem.Message))),
                    Sentences.Full(keys.Rewrite(DisplayDates.InText(problem.Action))),
                    RoleNames.WithHolderCapitalised(inputs.Config.Roles, problem.ActionBy),
                    DisplayDates.Format(due),
                    importance)
                {
                    ControlId = e.Control.Id,
                }));
            }
        }

        foreach (var change in liveChanges)
        {
            var due = dates.For(change.Severity);
            items.Add((SeverityRank(change.Severity), 0, change.Order, due, new ActionLine(change.Label, change.Text, string.Empty,
                RoleNames.WithHolderCapitalised(inputs.Config.Roles, change.WhoActs), DisplayDates.Format(due), StatusNames.Importance(change.Severity))
            {
                LiveChange = change.Key,
            }));
        }

        var urgent = dates.Urgent;
        foreach (var (line, i) in overdue.Select((l, i) => (l, i)))
        {
            items.Add((0, 0, 10_000 + i, urgent, new ActionLine(line.What, Sentences.Full(line.Detail), Sentences.Full(line.Action), line.ActionBy,
                DisplayDates.Format(urgent), "High")));
        }

        // Unread approvals leave every change of the term unchecked, the counted minor ones too; read, only the listed
        // changes can lack an approval (a minor one without approval stays listed).
        var unapproved = changes.ApprovalsChecked
            ? changes.Entries.Where(c => !c.IsApproved).Select(c => c.Date).Distinct().ToList()
            : [.. changes.AllDates];
        if (unapproved.Count > 0)
        {
            var count = changes.ApprovalsChecked ? changes.Entries.Count(c => !c.IsApproved) : changes.Total;
            // Approvals come from GitHub's reviews (CHG-01); unread, nothing counts as approved, and the fix is reading them.
            items.Add((0, 0, 20_000, urgent, changes.ApprovalsChecked
                ? new ActionLine(
                    count == 1 ? "A change this term" : $"{count} changes this term",
                    $"{(count == 1 ? "It has" : "They have")} no approval on GitHub from a named approver (made on {EnglishList.Join(unapproved)}).",
                    $"Review {(count == 1 ? "it" : "them")} and have the headteacher or the second responsible person approve future changes on GitHub before they are made.",
                    RoleNames.WithHolderCapitalised(inputs.Config.Roles, SchoolRole.Headteacher), DisplayDates.Format(urgent), "High")
                : new ActionLine(
                    count == 1 ? "A change this term" : $"{count} changes this term",
                    $"Who approved {(count == 1 ? "it" : "them")} was not checked on GitHub (made on {EnglishList.Join(unapproved)}).",
                    "Make the report with access to GitHub so that approvals can be checked.",
                    RoleNames.WithHolderCapitalised(inputs.Config.Roles, SchoolRole.ItProvider), DisplayDates.Format(urgent), "High")));
        }

        foreach (var (role, i) in roles.Lines.Where(l => l.IsMissing).Select((l, i) => (l, i)))
        {
            items.Add((1, 0, 30_000 + i, urgent, new ActionLine($"Role: {role.Role}", "Nobody is named for this role.",
                "Name a person for it and add them to the settings.", RoleNames.WithHolderCapitalised(inputs.Config.Roles, SchoolRole.ChairOfGovernors),
                DisplayDates.Format(urgent), "Medium")));
        }

        // Something known to be wrong comes before something not yet checked; then importance, status, date and catalogue order.
        return
        [
            .. items.OrderBy(i => i.Rank == 2).ThenBy(i => i.Severity).ThenBy(i => i.Rank).ThenBy(i => i.Due).ThenBy(i => i.Order)
                .Select((i, n) => i.Line with { Anchor = $"action-{n + 1}" }),
        ];
    }

    /// <summary>"9 things to fix, most serious first. The list is complete: nothing is left out." and, when there are
    /// changes found on the live systems, how each is put right (said once for all of them).</summary>
    public static string Summary(int count, bool liveChanges = false) => count == 0
        ? "There is nothing to fix."
        : $"{EnglishList.Count(count, "thing", "things")} to fix, most serious first. The list is complete: nothing is left out. {DateRule}"
            + (liveChanges ? $" {LiveChangeBuilder.HowToPutRight}" : string.Empty);

    private static int SeverityRank(ControlSeverity severity) => severity switch
    {
        ControlSeverity.High => 0,
        ControlSeverity.Medium => 1,
        _ => 2,
    };

    private static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => 0,
        FindingStatus.Partial => 1,
        _ => 2,
    };
}
