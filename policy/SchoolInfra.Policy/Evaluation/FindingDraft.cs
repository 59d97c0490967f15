using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Collects what a rule saw and what it found wrong, then makes the <see cref="Finding"/>: the worst problem sets
/// the status, the summary, the location and the action; with no problem the control is met.
/// </summary>
public sealed class FindingDraft(Control control, SourceSpan location)
{
    private readonly List<string> _evidence = [];
    private readonly List<(FindingStatus Status, string Text, SourceSpan At, string Action, SchoolRole By)> _problems = [];
    private readonly SortedSet<EvidenceKind> _unchecked = [];

    public bool HasProblems => _problems.Count > 0;

    /// <summary>A fact the rule looked at, in plain English.</summary>
    public FindingDraft Evidence(string line)
    {
        _evidence.Add(line);
        return this;
    }

    public FindingDraft NotMet(string problem, SourceSpan at, string action, SchoolRole by) => Add(FindingStatus.NotMet, problem, at, action, by);

    public FindingDraft Partial(string problem, SourceSpan at, string action, SchoolRole by) => Add(FindingStatus.Partial, problem, at, action, by);

    public FindingDraft NoEvidence(string problem, SourceSpan at, string action, SchoolRole by) => Add(FindingStatus.NoEvidence, problem, at, action, by);

    /// <summary>
    /// The tenant part of a control: observed state does not exist before drift detection, so it is listed as
    /// still to check and does not change the status (a tenant-only control uses <see cref="NoEvidence"/>).
    /// </summary>
    public FindingDraft TenantNotObserved(string what)
    {
        _unchecked.Add(EvidenceKind.Tenant);
        return Evidence($"Not yet checked in the live tenant: {what}.");
    }

    /// <summary>The git history part of a change-control control: not read by validate, so there is no evidence yet.</summary>
    public FindingDraft GitNotRead(string what, SourceSpan at) => NoEvidence(
        $"Git history is not read by validate, so {what} has not been checked.", at,
        "review the pull request history (plan and report read it) and keep approvals on every merge", SchoolRole.Headteacher);

    /// <summary>A scheduled record: done or due is evidence, overdue is not met, never done is no evidence.</summary>
    public FindingDraft Scheduled(RecordDue due, string what, SourceSpan fallback, string action, SchoolRole by)
    {
        var latest = due.Latest is null ? null : Wording.Date(due.Latest.Date);
        switch (due.State)
        {
            case DueState.Done:
                return Evidence($"The {what} for {due.Period} was done on {latest}; the next is due by {Wording.Date(due.DueBy)}.");
            case DueState.Due:
                return Evidence($"The {what} for {due.Period} is due by {Wording.Date(due.DueBy)}; the last was on {latest}.");
            case DueState.Overdue:
                return NotMet(latest is null
                        ? $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)}."
                        : $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)} and the last was on {latest}.",
                    due.Latest?.Source ?? fallback, action, by);
            default:
                return NoEvidence($"There is no {what} record yet; the first is due by {Wording.Date(due.DueBy)}.", fallback, action, by);
        }
    }

    public Finding Build(string metSummary)
    {
        var notChecked = _unchecked.ToImmutableArray();
        if (_problems.Count == 0)
        {
            return new Finding(control.Id, FindingStatus.Met, metSummary, [.. _evidence], location)
            {
                Unchecked = notChecked,
            };
        }

        var worst = _problems.MaxBy(p => FindingStatuses.Rank(p.Status));
        var others = _problems.Where(p => p != worst).Select(p => $"Also: {p.Text}");
        var at = worst.At.IsKnown ? worst.At : location;
        return new Finding(control.Id, worst.Status, worst.Text, [.. _evidence, .. others], at, worst.Action, worst.By)
        {
            Unchecked = notChecked,
        };
    }

    private FindingDraft Add(FindingStatus status, string text, SourceSpan at, string action, SchoolRole by)
    {
        _problems.Add((status, text, at, action, by));
        return this;
    }
}
