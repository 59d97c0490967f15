using System.Net;
using System.Text.RegularExpressions;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Examples;

/// <summary>
/// The example school's governors' report speaks the governors' language: no internal key of the settings, no cloud
/// resource name, no commit hash and none of the pipeline's own words reach the text they read.
/// </summary>
public sealed partial class ExampleReportPlainWordsTests : IDisposable
{
    private readonly ExampleHistory _history = ExampleHistory.Create();

    public void Dispose() => _history.Dispose();

    private string VisibleText()
    {
        var html = ExampleReports.GovernorsHtml(_history);
        var body = Style().Replace(html, " ");
        return WebUtility.HtmlDecode(Tag().Replace(body, " "));
    }

    [Fact]
    public void GovernorsReport_Text_HasNoInternalKeyOrResourceName()
    {
        var inputs = ExampleReports.Inputs(_history);
        var text = VisibleText();

        var keys = PlainKeys.From(inputs.Config, inputs.Desired).Names.Select(n => n.Key).ToList();
        Assert.NotEmpty(keys);
        var leaked = keys.Where(k => PlainKeys.LooksInternal(k)
                ? Regex.IsMatch(text, $@"(?<![\w.@/-]){Regex.Escape(k)}(?![\w@/-])")
                : text.Contains($"\"{k}\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(leaked.Count == 0, "Internal keys in the report: " + string.Join(", ", leaked));
        Assert.DoesNotContain(inputs.Desired.Resources, r => text.Contains(r.LogicalName, StringComparison.Ordinal));
    }

    [Fact]
    public void GovernorsReport_Text_HasNoCommitHashOrCamelCaseWord()
    {
        var text = VisibleText();

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
        Assert.DoesNotContain(word, VisibleText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GovernorsReport_Text_RepeatsNoSentence()
    {
        var sentences = SentenceEnd().Split(VisibleText())
            .Select(s => Regex.Replace(s, @"\s+", " ").Trim())
            .Where(s => s.Split(' ').Length >= 8 && !s.StartsWith("Who:", StringComparison.Ordinal))
            .GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() > 2)
            .Select(g => $"{g.Count()}x {g.Key}")
            .ToList();

        Assert.True(sentences.Count == 0, "Repeated more than twice:\n" + string.Join("\n", sentences));
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
