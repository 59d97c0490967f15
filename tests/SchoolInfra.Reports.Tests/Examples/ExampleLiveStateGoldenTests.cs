using System.Text;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The report's live/declared split for the example school with its saved drift check
/// (schools/oakfield-primary/live/drift.json): how many controls were checked against the live systems and when,
/// how many rest on records or on the settings alone, and the controls the drift check found changed.
/// </summary>
public sealed class ExampleLiveStateGoldenTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void LiveState_ExampleSchool_MatchesGoldenSplit()
    {
        var report = ExampleReports.Governors(_history, withDrift: true);
        var checking = report.Front.Checking;
        var text = new StringBuilder()
            .Append("live checked: ").Append(checking.LiveChecked ? "yes" : "no").Append('\n')
            .Append("summary:\n").AppendJoin(string.Empty, checking.Summary.Select(s => $"- {s}\n"))
            .Append("rows:\n").AppendJoin(string.Empty, checking.Rows.Select(r => $"- {r.Basis}: {r.Count} ({r.When})\n"))
            .Append("met controls:\n").AppendJoin(string.Empty, report.Met.Select(m => $"- {m.Id} {m.Basis}\n"))
            .Append("not met:\n").AppendJoin(string.Empty, report.Cards.Where(c => c.StatusKey == "not-met").Select(c => $"- {c.Id}: {string.Join(" ", c.Found)}\n"))
            .ToString();
        Golden.Matches("oakfield-primary/expected/live-state.txt", text);
        Assert.True(checking.LiveChecked);
        Assert.Equal(report.Met.Length + report.Cards.Length, checking.Rows.Sum(r => r.Count));
    }
}
