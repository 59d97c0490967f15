using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Collects what one rule found: evidence lines in plain English and problems, each with its status, the place a fix
/// would change, what to do and who does it. <see cref="Build"/> makes the finding: the worst problem decides the
/// status, location, action and summary (reference/controls.md: "the worst of the results wins").
/// </summary>
public sealed class FindingBuilder(string controlId, SourceSpan location)
{
    private readonly List<string> _evidence = [];
    private readonly List<Problem> _problems = [];
    private SourceSpan _location = location;

    /// <summary>Where the finding points when nothing is wrong: the section the rule read.</summary>
    public void About(SourceSpan span)
    {
        if (span.IsKnown)
        {
            _location = span;
        }
    }

    public void Evidence(string line) => _evidence.Add(line);

    public void NotMet(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.NotMet, at, message, action, actionBy);

    public void Partial(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.Partial, at, message, action, actionBy);

    /// <summary>A record part with nothing to read yet (reference/controls.md: no data means "no evidence").</summary>
    public void NoEvidence(SourceSpan at, string message, string action, SchoolRole actionBy) =>
        Add(FindingStatus.NoEvidence, at, message, action, actionBy);

    /// <summary>
    /// A tenant part: observed state is not part of <see cref="RuleContext"/> yet, so it is named as not run and does
    /// not change the status (see <see cref="ControlRule"/>).
    /// </summary>
    public void LiveCheckNotRun(string whatItWouldCheck) =>
        _evidence.Add($"The live check has not run yet; it will confirm {whatItWouldCheck}.");

    public Finding Build(string metSummary)
    {
        if (_problems.Count == 0)
        {
            return new Finding(controlId, FindingStatus.Met, metSummary, [.. _evidence], _location);
        }

        var worst = _problems.OrderByDescending(p => Rank(p.Status)).First();
        var others = _problems.Count - 1;
        var summary = others == 0
            ? worst.Message
            : $"{worst.Message} ({others} more {(others == 1 ? "problem" : "problems")} in the evidence)";
        return new Finding(controlId, worst.Status, summary, [.. _evidence], worst.At, worst.Action, worst.ActionBy);
    }

    /// <summary>Worse results rank higher: not met, then partial, then no evidence.</summary>
    private static int Rank(FindingStatus status) => status switch
    {
        FindingStatus.NotMet => 3,
        FindingStatus.Partial => 2,
        FindingStatus.NoEvidence => 1,
        _ => 0,
    };

    private void Add(FindingStatus status, SourceSpan at, string message, string action, SchoolRole actionBy)
    {
        _evidence.Add(message);
        _problems.Add(new Problem(status, at.IsKnown ? at : _location, message, action, actionBy));
    }

    private sealed record Problem(FindingStatus Status, SourceSpan At, string Message, string Action, SchoolRole ActionBy);
}
