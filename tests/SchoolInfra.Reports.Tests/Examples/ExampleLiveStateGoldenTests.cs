using System.Text;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The report's live/declared split for the example school with its saved drift check
/// (schools/oakfield-primary/live/drift.json): how many controls were checked against the live systems and when,
/// how many rest on records or on the settings alone, the controls the drift check found changed, and each change found
/// on the live systems as the one action that names every control it breaks.
/// </summary>
public sealed class ExampleLiveStateGoldenTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void LiveState_ExampleSchool_MatchesGoldenSplit()
    {
        var report = ExampleReports.Governors(_history);
        var checking = report.Front.Checking;
        var text = new StringBuilder()
            .Append("live checked: ").Append(checking.LiveChecked ? "yes" : "no").Append('\n')
            .Append("summary:\n").AppendJoin(string.Empty, checking.Summary.Select(s => $"- {s}\n"))
            .Append("rows:\n").AppendJoin(string.Empty, checking.Rows.Select(r => $"- {r.Basis}: {r.Count} ({r.When})\n"))
            .Append("met controls:\n").AppendJoin(string.Empty, report.Met.Select(m => $"- {m.Id} {m.Basis}\n"))
            .Append("not met:\n").AppendJoin(string.Empty, report.Cards.Where(c => c.StatusKey == "not-met").Select(c => $"- {c.Id}:{Found(c)}{LiveChanges(c)}\n"))
            .Append("changes found on the live systems (one action each):\n")
            .AppendJoin(string.Empty, report.Front.Actions.Select((a, i) => (a, i)).Where(x => x.a.LiveChange.Length > 0)
                .Select(x => $"- action {x.i + 1}: {x.a.What}. {x.a.Problem} Who: {x.a.ActionBy}. By: {x.a.DueBy}. Importance: {x.a.Importance}.\n"))
            .ToString();
        Golden.Matches("oakfield-primary/expected/live-state.txt", text);
        Assert.True(checking.LiveChecked);
        Assert.Equal(report.Met.Length + report.Cards.Length, checking.Rows.Sum(r => r.Count));
    }

    private static string Found(ControlLine card) => card.Found.IsEmpty ? string.Empty : " " + string.Join(" ", card.Found);

    private static string LiveChanges(ControlLine card) =>
        card.LiveChanges.IsEmpty ? string.Empty : $" [changed on the live systems: action {string.Concat(card.LiveChanges.Select(r => r.Separator + r.Number))}]";
}
