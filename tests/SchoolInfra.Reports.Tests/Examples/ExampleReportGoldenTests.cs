using SchoolInfra.Reports.Output;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>The example school's governors' report and change summary on 23 Nov 2026, compared with tests/golden.</summary>
public sealed class ExampleReportGoldenTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    [Fact]
    public void GovernorsReport_ExampleSchool_MatchesGolden()
    {
        var html = ExampleReports.GovernorsHtml(_history);

        Golden.Matches("oakfield-primary/expected/governors.html", html);
    }

    [Fact]
    public void ChangeSummary_ExampleSchoolTermChange_MatchesGolden()
    {
        var markdown = ExampleReports.Renderer().Render("pr-summary.md", ExampleReports.Summary(_history));

        Golden.Matches("oakfield-primary/expected/pr-summary.md", markdown);
    }

    [Fact]
    public void ChangeSummary_Json_MatchesGolden()
    {
        var json = ChangeSummaryJson.Write(ExampleReports.Summary(_history));

        Golden.Matches("oakfield-primary/expected/pr-summary.json", json);
    }

    [Fact]
    public void GovernorsReport_RenderedTwice_IsByteIdentical()
    {
        using var again = ExampleHistory.Create();

        Assert.Equal(ExampleReports.GovernorsHtml(_history), ExampleReports.GovernorsHtml(again));
    }
}
