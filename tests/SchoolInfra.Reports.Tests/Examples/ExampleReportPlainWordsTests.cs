using System.Net;
using System.Text.RegularExpressions;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The example school's governors' report speaks the governors' language: no internal key of the settings, no cloud
/// resource name, no commit hash and none of the pipeline's own words reach the text they read, and no sentence is
/// repeated. Each runs on the report as <c>report</c> builds it by default (with the saved drift check) and with the
/// tenant snapshot's changes added.
/// </summary>
public sealed partial class ExampleReportPlainWordsTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    private string VisibleText(ExampleLive live)
    {
        var html = ExampleReports.GovernorsHtml(_history, live);
        var body = Style().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(body, " "));
    }

    [Theory]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public void GovernorsReport_Text_HasNoInternalKeyOrResourceName(ExampleLive live)
    {
        var inputs = ExampleReports.Inputs(_history, live);
        var text = VisibleText(live);

        var keys = PlainKeys.From(inputs.Config, inputs.Desired).Names.Select(n => n.Key).ToList();
        Assert.NotEmpty(keys);
        var leaked = keys.Where(k => PlainKeys.LooksInternal(k)
                ? Regex.IsMatch(text, $@"(?<![\w.@/-]){Regex.Escape(k)}(?![\w@/-])")
                : text.Contains($"\"{k}\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(leaked.Count == 0, "Internal keys in the report: " + string.Join(", ", leaked));
        Assert.DoesNotContain(inputs.Desired.Resources, r => text.Contains(r.LogicalName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public void GovernorsReport_Text_HasNoCommitHashOrCamelCaseWord(ExampleLive live)
    {
        var text = VisibleText(live);

        Assert.DoesNotMatch(@"\b[0-9a-f]{7,40}\b", text);
        var camel = CamelCase().Matches(text).Select(m => m.Value).Where(w => !KnownBrands.Contains(w)).ToList();
        Assert.True(camel.Count == 0, "camelCase words: " + string.Join(", ", camel));
    }

    [Theory]
    [InlineData("desired state")]
    [InlineData("tenant")]
    [InlineData("drift")]
    [InlineData("validate")]
    [InlineData("stack")]
    [InlineData("commit")]
    public void GovernorsReport_Text_AvoidsPipelineWords(string word)
    {
        Assert.DoesNotContain(word, VisibleText(ExampleLive.SavedDrift), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(word, VisibleText(ExampleLive.SavedDriftAndTenant), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(ExampleLive.SavedDrift)]
    [InlineData(ExampleLive.SavedDriftAndTenant)]
    public void GovernorsReport_Text_RepeatsNoSentence(ExampleLive live)
    {
        var sentences = SentenceEnd().Split(VisibleText(live))
            .Select(s => Regex.Replace(s, @"\s+", " ").Trim())
            .Where(s => s.Split(' ').Length >= 8 && !s.StartsWith("Who:", StringComparison.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > 2)
            .Select(g => $"{g.Count()}x {g.Key}")
            .ToList();

        Assert.True(sentences.Count == 0, "Repeated more than twice:\n" + string.Join("\n", sentences));
    }

    [Theory]
    [InlineData(ExampleLive.SavedDrift, 3)]
    [InlineData(ExampleLive.SavedDriftAndTenant, 5)]
    public void GovernorsReport_EachChangeOnTheLiveSystems_IsSaidOnce(ExampleLive live, int changes)
    {
        var report = ExampleReports.Governors(_history, live);
        var text = Regex.Replace(VisibleText(live), @"\s+", " ");

        var entries = report.Front.Actions.Where(a => a.LiveChange.Length > 0).ToList();
        Assert.Equal(changes, entries.Count);
        Assert.All(entries, e => Assert.Single(Regex.Matches(text, Regex.Escape(e.Problem))));
        Assert.DoesNotContain("outside the approved process was found on", text, StringComparison.Ordinal);
        Assert.All(report.Cards.Where(c => !c.LiveChanges.IsEmpty), c => Assert.DoesNotContain(c.Found, f => entries.Any(e => e.Problem.StartsWith(f, StringComparison.Ordinal))));
    }

    /// <summary>Product names written in camelCase by their makers.</summary>
    private static readonly HashSet<string> KnownBrands = new(StringComparer.Ordinal) { "OneDrive", "SharePoint", "YouTube", "DuckDuckGo" };

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b[a-z]{2,}[A-Z]\w*\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
