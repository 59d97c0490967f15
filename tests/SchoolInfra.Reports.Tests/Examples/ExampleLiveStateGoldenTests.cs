using System.Text;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The governors' live/declared split for the example school with its saved drift check: how many controls were
/// checked against the live systems and when, how many rest on records, how many on the declared settings alone.
/// </summary>
public sealed class ExampleLiveStateGoldenTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void LiveState_ExampleSchool_MatchesGoldenSplit()
    {
        var live = ExampleReports.Governors(_history).LiveState;
        var text = new StringBuilder()
            .Append("checked: ").Append(live.Checked ? "yes" : "no").Append('\n')
            .Append("status: ").Append(live.Status).Append('\n')
            .Append("checked on: ").Append(live.CheckedOn).Append('\n')
            .Append("controls: ").Append(live.TotalControls).Append('\n')
            .Append("checked live: ").Append(live.ControlsCheckedLive).Append('\n')
            .Append("of which in part: ").Append(live.ControlsPartlyCheckedLive).Append('\n')
            .Append("from records: ").Append(live.ControlsFromRecords).Append('\n')
            .Append("declared only: ").Append(live.ControlsDeclaredOnly).Append('\n')
            .Append("no evidence: ").Append(live.ControlsWithoutEvidence).Append('\n')
            .Append("split: ").Append(live.Split).Append('\n')
            .Append("explanation:\n").AppendJoin(string.Empty, live.Explanation.Select(e => $"- {e}\n"))
            .Append("drift:\n").AppendJoin(string.Empty, live.Drift.Select(d => $"- {d}\n"))
            .ToString();
        Golden.Matches("oakfield-primary/expected/live-state.txt", text);
        Assert.Equal(live.TotalControls, live.ControlsCheckedLive + live.ControlsFromRecords + live.ControlsDeclaredOnly + live.ControlsWithoutEvidence);
        Assert.True(live.Checked);
        Assert.Equal(3, live.Drift.Length);
    }
}
