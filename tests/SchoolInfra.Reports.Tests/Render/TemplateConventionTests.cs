using System.Text.RegularExpressions;

namespace SchoolInfra.Reports.Tests.Render;

/// <summary>Rules every report template keeps, checked on the template files themselves.</summary>
public sealed partial class TemplateConventionTests
{
    /// <summary>Whole numbers the model computes (counts and chart geometry): nothing in them can be markup.</summary>
    private static readonly string[] NumericMembers = ["row.count", "risk.changes.size"];

    public static TheoryData<string> HtmlTemplates() =>
        [.. Directory.GetFiles(RepoPaths.Of("reports", "templates"), "*.scriban").Where(f => f.Contains(".html", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(HtmlTemplates))]
    public void HtmlTemplate_EveryValue_GoesThroughHtmlEscape(string template)
    {
        var text = File.ReadAllText(RepoPaths.Of("reports", "templates", template));

        var unescaped = Output().Matches(text)
            .Select(m => m.Groups["expr"].Value.Trim())
            .Where(e => !e.Contains("| html.escape", StringComparison.Ordinal) && !NumericMembers.Any(n => e.StartsWith(n, StringComparison.Ordinal)))
            .ToList();

        Assert.True(unescaped.Count == 0, $"{template} prints without html.escape: {string.Join(", ", unescaped)}");
    }

    [Fact]
    public void Templates_HaveSnakeCaseNamesAndNoScript()
    {
        var files = Directory.GetFiles(RepoPaths.Of("reports", "templates"), "*.scriban").Select(Path.GetFileName).ToList();

        Assert.Contains("governors.html.scriban", files);
        Assert.Contains("pr-summary.md.scriban", files);
        Assert.All(files, f => Assert.Matches("^_?[a-z0-9_.-]+\\.scriban$", f!));
        Assert.All(files, f => Assert.DoesNotContain("<script", File.ReadAllText(RepoPaths.Of("reports", "templates", f!)), StringComparison.OrdinalIgnoreCase));
    }

    // An output tag: {{ expr }} that is not a statement (if, else, end, for, include).
    [GeneratedRegex(@"\{\{(?>[-~]?\s*)(?!(?:if|else|end|for|include)\b)(?<expr>[^}]*?)\s*[-~]?\}\}")]
    private static partial Regex Output();
}
