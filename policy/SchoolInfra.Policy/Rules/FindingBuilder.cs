using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Collects what one rule found: evidence lines in plain English and problems, each with a key (stable within the
/// control, what a waiver names), its status, the place a fix would change, what to do and who does it.
/// <see cref="Build"/> makes the finding: problems are sorted most serious first (in the order found within a
/// status), and the first decides the status, location, action and summary (reference/controls.md: "the worst of
/// the results wins"). Problems are never repeated among the evidence lines.
/// </summary>
public sealed class FindingBuilder(string controlId, SourceSpan location)
{
    private readonly List<string> _evidence = [];
    private readonly List<FindingProblem> _problems = [];
    private readonly SortedSet<EvidenceKind> _unchecked = [];
    private SourceSpan _location = location;
    private string? _liveCheckLine;
    private readonly List<EvidenceSource> _sources = [];

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

    /// <summary>
    /// A source the rule read beyond the declared settings and records, which the evaluator adds by itself (for
    /// example the drift check CHG-04 reads).
    /// </summary>
    public FindingBuilder Source(EvidenceSource source)
    {
        _sources.Add(source);
        return this;
    }

    /// <summary>A fact the rule looked at, in plain English.</summary>
    public FindingBuilder Evidence(string line)
    {
        _evidence.Add(line);
        return this;
    }

    /// <param name="problem">The problem's key, stable within the control (camel case, like the settings' keys, e.g. <c>classLogons</c>).</param>
    /// <param name="at">Where a fix would go; unknown points at the section the rule read.</param>
    /// <param name="message">What is wrong, in one plain sentence.</param>
    /// <param name="action">What to do.</param>
    /// <param name="actionBy">Who does it.</param>
    public FindingBuilder NotMet(string problem, SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(problem, FindingStatus.NotMet, at, message, action, actionBy);

    /// <summary>A not-met problem that one drift item causes, so reports can name the change once and point to it.</summary>
    public FindingBuilder NotMet(string problem, DriftItem drift, string message, string action, SchoolRole actionBy)
    {
        ArgumentNullException.ThrowIfNull(drift);
        _problems.Add(new FindingProblem(problem, FindingStatus.NotMet, message, drift.Resource.Source.IsKnown ? drift.Resource.Source : _location, action, actionBy)
        {
            Drift = [drift],
        });
        return this;
    }

    public FindingBuilder Partial(string problem, SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(problem, FindingStatus.Partial, at, message, action, actionBy);

    /// <summary>A record part with nothing to read yet (reference/controls.md: no data means "no evidence").</summary>
    public FindingBuilder NoEvidence(string problem, SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(problem, FindingStatus.NoEvidence, at, message, action, actionBy);

    /// <summary>
    /// A tenant part: observed state is not part of <see cref="RuleContext"/> yet, so it is named as not run and does
    /// not change the status (see <see cref="ControlRule"/>).
    /// </summary>
    public FindingBuilder LiveCheckNotRun(string whatItWouldCheck)
    {
        _liveCheckLine = $"The live check has not run yet; it will confirm {whatItWouldCheck}.";
        return Evidence(_liveCheckLine);
    }

    /// <summary>
    /// The tenant part of a control: observed state does not exist before drift detection, so it is listed as
    /// still to check (<see cref="Finding.Unchecked"/>) and does not change the status (a tenant-only control uses
    /// <see cref="NoEvidence"/>).
    /// </summary>
    public FindingBuilder TenantNotObserved(string what)
    {
        _unchecked.Add(EvidenceKind.Tenant);
        _liveCheckLine = $"Not yet checked in the live tenant: {what}.";
        return Evidence(_liveCheckLine);
    }

    /// <summary>
    /// The tenant part of a control when the school's tenant read could not read what it needs completely: listed as
    /// still to check, like <see cref="TenantNotObserved"/>, with the reason in <paramref name="line"/>. What the read
    /// did show is still judged; the unread part never counts as met.
    /// </summary>
    public FindingBuilder TenantNotRead(string line)
    {
        _unchecked.Add(EvidenceKind.Tenant);
        _liveCheckLine = line;
        return Evidence(line);
    }

    /// <summary>
    /// The common start of a rule judged by a yearly record: <see cref="RecordSchedule.Annual"/> for
    /// <paramref name="kind"/>, reported through <see cref="Scheduled"/>; returns the newest record that counts, or null.
    /// </summary>
    public SchoolRecord? ScheduledAnnual(RecordKind kind, RuleContext context, string what, SourceSpan fallback, string action, SchoolRole by)
    {
        ArgumentNullException.ThrowIfNull(context);
        var due = RecordSchedule.Annual(kind, context.Records, context.Today);
        Scheduled(due, what, fallback, action, by);
        return due.Latest;
    }

    /// <summary>
    /// A scheduled record: done or due is evidence, overdue is not met, never done is no evidence. The problem's key
    /// is the record kind in camel case, e.g. <c>fmReview</c>.
    /// </summary>
    public FindingBuilder Scheduled(RecordDue due, string what, SourceSpan fallback, string action, SchoolRole by)
    {
        var key = char.ToLowerInvariant(due.Kind.ToString()[0]) + due.Kind.ToString()[1..];
        var latest = due.Latest is null ? null : Wording.Date(due.Latest.Date);
        switch (due.State)
        {
            case DueState.Done:
                return Evidence($"The {what} for {due.Period} was done on {latest}; the next is due by {Wording.Date(due.DueBy)}.");
            case DueState.Due:
                return Evidence($"The {what} for {due.Period} is due by {Wording.Date(due.DueBy)}; the last was on {latest}.");
            case DueState.Overdue:
                return NotMet(key, due.Latest?.Source ?? fallback, latest is null
                        ? $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)}."
                        : $"The {what} for {due.Period} is overdue: it was due by {Wording.Date(due.DueBy)} and the last was on {latest}.",
                    action, by);
            default:
                return NoEvidence(key, fallback, $"There is no {what} record yet; the first is due by {Wording.Date(due.DueBy)}.", action, by);
        }
    }

    public Finding Build(string metSummary)
    {
        var notChecked = _unchecked.ToImmutableArray();
        var evidence = _evidence.ToImmutableArray();
        if (_problems.Count == 0)
        {
            return new Finding(controlId, FindingStatus.Met, metSummary, evidence, _location) { Unchecked = notChecked, LiveCheckLine = _liveCheckLine, Sources = [.. _sources] };
        }

        // Most serious first; OrderBy is stable, so problems of one status keep the order the rule found them in.
        var problems = _problems.OrderByDescending(p => FindingStatuses.Rank(p.Status)).ToImmutableArray();
        var worst = problems[0];
        return new Finding(controlId, worst.Status, worst.Message, evidence, worst.At, worst.Action, worst.ActionBy)
        {
            Unchecked = notChecked,
            Problems = problems,
            LiveCheckLine = _liveCheckLine,
            Sources = [.. _sources],
        };
    }

    private FindingBuilder Add(string problem, FindingStatus status, SourceSpan at, string message, string action, SchoolRole actionBy)
    {
        _problems.Add(new FindingProblem(problem, status, message, at.IsKnown ? at : _location, action, actionBy));
        return this;
    }
}
