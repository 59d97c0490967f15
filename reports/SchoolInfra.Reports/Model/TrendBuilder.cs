using System.Collections.Immutable;
using SchoolInfra.Reports.Issue;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// New, fixed and still open between two sets of open problems, matched by control and problem key; the same problem
/// on several controls is listed once, naming them all.
/// </summary>
public static class TrendBuilder
{
    public static TrendSection Between(IssuedReport? previous, ImmutableArray<IssuedProblem> now)
    {
        if (previous is null)
        {
            return new TrendSection("No report has been issued before, so there is nothing to compare with yet.", [], [], []);
        }

        var then = previous.Open.Select(p => p.Identity).ToHashSet(StringComparer.Ordinal);
        var current = now.Select(p => p.Identity).ToHashSet(StringComparer.Ordinal);
        // One problem several controls share (a change found on the live systems breaks each control it carries) is one line.
        ImmutableArray<string> Lines(IEnumerable<IssuedProblem> problems) =>
        [
            .. problems.GroupBy(p => p.Text, StringComparer.Ordinal)
                .Select(g => $"{EnglishList.Join(g.Select(p => p.Control).Distinct(StringComparer.Ordinal))}: {g.Key}"),
        ];
        var added = Lines(now.Where(p => !then.Contains(p.Identity)));
        var fixedOnes = Lines(previous.Open.Where(p => !current.Contains(p.Identity)));
        var still = Lines(now.Where(p => then.Contains(p.Identity)));
        var summary = $"Since the report issued on {DisplayDates.Format(previous.Date)}: {EnglishList.Count(added.Length, "new problem")}, "
            + $"{fixedOnes.Length} fixed and {still.Length} still open.";
        return new TrendSection(summary, added, fixedOnes, still);
    }
}
