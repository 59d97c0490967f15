using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Collects what one rule found: evidence lines in plain English and problems, each with its status, the place a fix
/// would change, what to do and who does it. <see cref="Build"/> makes the finding: the worst problem decides the
/// status, location, action and summary (reference/controls.md: "the worst of the results wins").
/// </summary>
public sealed class FindingBuilder(string controlId, SourceSpan location, FurtherProblems further = FurtherProblems.InEvidence)
{
    private readonly List<string> _evidence = [];
    private readonly List<Problem> _problems = [];
    private readonly SortedSet<EvidenceKind> _unchecked = [];
    private SourceSpan _location = location;

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Where the finding points when nothing is wrong: the section the rule read.</summary>
    public FindingBuilder About(SourceSpan span)
    {
        if (span.IsKnown)
        {
            _location = span;
        }

        return this;
    }

    /// <summary>A fact the rule looked at, in plain English.</summary>
    public FindingBuilder Evidence(string line)
    {
        _evidence.Add(line);
        return this;
    }

    public FindingBuilder NotMet(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.NotMet, at, message, action, actionBy);

    public FindingBuilder Partial(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.Partial, at, message, action, actionBy);

    /// <summary>A record part with nothing to read yet (reference/controls.md: no data means "no evidence").</summary>
    public FindingBuilder NoEvidence(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.NoEvidence, at, message, action, actionBy);

    /// <summary>
    /// A tenant part: observed state is not part of <see cref="RuleContext"/> yet, so it is named as not run and does
    /// not change the status (see <see cref="ControlRule"/>).
    /// </summary>
    public FindingBuilder LiveCheckNotRun(string whatItWouldCheck) =>
        Evidence($"The live check has not run yet; it will confirm {whatItWouldCheck}.");

    /// <summary>
    /// The tenant part of a control: observed state does not exist before drift detection, so it is listed as
    /// still to check (<see cref="Finding.Unchecked"/>) and does not change the status (a tenant-only control uses
    /// <see cref="NoEvidence"/>).
    /// </summary>
    public FindingBuilder TenantNotObserved(string what)
    {
        _unchecked.Add(EvidenceKind.Tenant);
        return Evidence($"Not yet checked in the live tenant: {what}.");
    }

    /// <summary>The git history part of a change-control control: not read by validate, so there is no evidence yet.</summary>
    public FindingBuilder GitNotRead(string what, SourceSpan at) => NoEvidence(at,
        $"Git history is not read by validate, so {what} has not been checked.",
        "review the pull request history (plan and report read it) and keep approvals on every merge", SchoolRole.Headteacher);

    /// <summary>A scheduled record: done or due is evidence, overdue is not met, never done is no evidence.</summary>
    public FindingBuilder Scheduled(RecordDue due, string what, SourceSpan fallback, string action, SchoolRole by)
    {
        var latest = due.Latest is null ? null : Wording.Date(due.Latest.Date);
        switch (due.State)
        {
            case DueState.Done:
                return Evidence($"The {what} for {due.Period} was done on {latest}; the next is due by {Wording.Date(due.DueBy)}.");
            case DueState.Due:
                return Evidence($"The {what} for {due.Period} is due by {Wording.Date(due.DueBy)}; the last was on {latest}.");
            case DueState.Overdue:
                return NotMet(due.Latest?.Source ?? fallback, latest is null
                        ? $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)}."
                        : $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)} and the last was on {latest}.",
                    action, by);
            default:
                return NoEvidence(fallback, $"There is no {what} record yet; the first is due by {Wording.Date(due.DueBy)}.", action, by);
        }
    }

    public Finding Build(string metSummary)
    {
        var notChecked = _unchecked.ToImmutableArray();
        if (_problems.Count == 0)
        {
            return new Finding(controlId, FindingStatus.Met, metSummary, Lines(), _location) { Unchecked = notChecked };
        }

        // The first of the worst problems wins (MaxBy keeps the first on a tie).
        var worst = _problems.MaxBy(p => FindingStatuses.Rank(p.Status)) ?? _problems[0];
        var others = _problems.Count - 1;
        var summary = further == FurtherProblems.InEvidence && others > 0
            ? $"{worst.Message} ({others} more {(others == 1 ? "problem" : "problems")} in the evidence)"
            : worst.Message;
        var evidence = further == FurtherProblems.InEvidence
            ? Lines()
            : [.. Lines(), .. _problems.Where(p => p != worst).Select(p => $"Also: {p.Message}")];
        return new Finding(controlId, worst.Status, summary, evidence, worst.At, worst.Action, worst.ActionBy) { Unchecked = notChecked };
    }

    private ImmutableArray<string> Lines() => [.. _evidence];

    private FindingBuilder Add(FindingStatus status, SourceSpan at, string message, string action, SchoolRole actionBy)
    {
        if (further == FurtherProblems.InEvidence)
        {
            _evidence.Add(message);
        }

        _problems.Add(new Problem(status, at.IsKnown ? at : _location, message, action, actionBy));
        return this;
    }

    private sealed record Problem(FindingStatus Status, SourceSpan At, string Message, string Action, SchoolRole ActionBy);
}
