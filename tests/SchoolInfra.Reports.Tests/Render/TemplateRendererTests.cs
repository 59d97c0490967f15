using System.Collections.Immutable;
using SchoolInfra.Reports.Render;
using Scriban.Runtime;

namespace SchoolInfra.Reports.Tests.Render;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly TemporaryDirectory _templates = TemporaryDirectory.Create();

    private sealed record ReportModel(string SchoolName, ImmutableArray<ControlRow> Controls);

    private sealed record ControlRow(string ControlId, string Status);

    private static readonly ReportModel Oakfield = new(
        "Oakfield Primary School",
        [new ControlRow("MFA-01", "met"), new ControlRow("BAK-02", "not met")]);

    public void Dispose() => _templates.Dispose();

    private TemplateRenderer Renderer() => new(_templates.Path);

    [Fact]
    public void Render_RecordModel_ExposesMembersInSnakeCase()
    {
        _templates.WriteFile("summary.scriban", "{{ school_name }}\n{{ for c in controls }}{{ c.control_id }}: {{ c.status }}\n{{ end }}");

        var text = Renderer().Render("summary", Oakfield);

        Assert.Equal("Oakfield Primary School\nMFA-01: met\nBAK-02: not met\n", text);
    }

    [Fact]
    public void Render_DictionaryAndScriptObjectModels_RenderTheSame()
    {
        _templates.WriteFile("school.scriban", "{{ school.name }} has {{ school.pupils }} pupils.");
        var dictionary = new Dictionary<string, object?>
        {
            ["school"] = new Dictionary<string, object?> { ["name"] = "Oakfield Primary School", ["pupils"] = 210 },
        };
        var scriptObject = new ScriptObject { ["school"] = new ScriptObject { ["name"] = "Oakfield Primary School", ["pupils"] = 210 } };

        var fromDictionary = Renderer().Render("school", dictionary);
        var fromScriptObject = Renderer().Render("school.scriban", scriptObject);

        Assert.Equal("Oakfield Primary School has 210 pupils.\n", fromDictionary);
        Assert.Equal(fromDictionary, fromScriptObject);
    }

    [Fact]
    public void Render_MisspeltVariable_FailsNamingFileLineAndColumn()
    {
        _templates.WriteFile("summary.scriban", "Report\n  {{ schol_name }}\n");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Equal("summary.scriban", error.TemplateFile);
        Assert.Equal((2, 6), (error.Line, error.Column));
        Assert.StartsWith("summary.scriban:2:6: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("schol_name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MisspeltMember_FailsInsteadOfPrintingBlank()
    {
        _templates.WriteFile("summary.scriban", "{{ for c in controls }}{{ c.stauts }}{{ end }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Equal((1, 29), (error.Line, error.Column));
        Assert.Contains("stauts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SyntaxError_FailsNamingFileLineAndColumn()
    {
        _templates.WriteFile("summary.scriban", "{{ school_name }}\n{{ if controls.size > 0 }}\nopen if without end\n");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Equal("summary.scriban", error.TemplateFile);
        Assert.Matches(@"^summary\.scriban:\d+:\d+: .*end", error.Message);
    }

    [Fact]
    public void Render_IncludeSharedPartial_RendersItWithTheSameModel()
    {
        _templates.WriteFile("_header.scriban", "# {{ school_name }}\n");
        _templates.WriteFile("summary.scriban", "{{ include '_header' }}\n{{ controls.size }} controls\n");

        var text = Renderer().Render("summary", Oakfield);

        Assert.Equal("# Oakfield Primary School\n\n2 controls\n", text);
    }

    [Fact]
    public void Render_ErrorInsidePartial_NamesThePartial()
    {
        _templates.WriteFile("_header.scriban", "\n# {{ school_nam }}\n");
        _templates.WriteFile("summary.scriban", "{{ include '_header' }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.StartsWith("_header.scriban:2:6: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SyntaxErrorInsidePartial_NamesThePartial()
    {
        _templates.WriteFile("_header.scriban", "{{ if }}\n");
        _templates.WriteFile("summary.scriban", "{{ include '_header' }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Equal("_header.scriban", error.TemplateFile);
    }

    [Fact]
    public void Render_MissingPartial_FailsNamingTheIncludeAndThePartial()
    {
        _templates.WriteFile("summary.scriban", "line one\n{{ include '_footer' }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.StartsWith("summary.scriban:2:4: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("_footer.scriban", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PartialOutsideTheFolder_IsRefused()
    {
        _templates.WriteFile("summary.scriban", "{{ include '../secret' }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Contains("not a plain lower-case file name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HtmlEscape_IsAvailable()
    {
        _templates.WriteFile("page.scriban", "<p>{{ school_name | html.escape }}</p>");

        var text = Renderer().Render("page", new Dictionary<string, object?> { ["school_name"] = "Oakfield <Primary> & \"Nursery\"" });

        Assert.Equal("<p>Oakfield &lt;Primary&gt; &amp; &quot;Nursery&quot;</p>\n", text);
    }

    [Fact]
    public void Render_CrLfTemplateWithTrailingBlankLines_GivesLfAndOneFinalNewline()
    {
        _templates.WriteFile("summary.scriban", "a\r\nb\rc\r\n\r\n\r\n");

        var text = Renderer().Render("summary", Oakfield);

        Assert.Equal("a\nb\nc\n", text);
    }

    [Fact]
    public void Render_LoopBeyondLimit_Fails()
    {
        _templates.WriteFile("summary.scriban", "{{ for i in 1..50 }}{{ i }}{{ end }}");
        var renderer = new TemplateRenderer(_templates.Path, loopLimit: 10);

        var error = Assert.Throws<TemplateRenderException>(() => renderer.Render("summary", Oakfield));

        Assert.Contains("LoopLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DateNow_IsNotAvailable()
    {
        _templates.WriteFile("summary.scriban", "Printed {{ date.now | date.to_string '%d %B %Y' }}");

        var error = Assert.Throws<TemplateRenderException>(() => Renderer().Render("summary", Oakfield));

        Assert.Contains("now", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Twice_GivesIdenticalText()
    {
        _templates.WriteFile("summary.scriban", "{{ school_name }} {{ 1234.5 }}");
        var renderer = Renderer();

        Assert.Equal(renderer.Render("summary", Oakfield), renderer.Render("summary", Oakfield));
        Assert.Equal("Oakfield Primary School 1234.5\n", renderer.Render("summary", Oakfield));
    }

    [Theory]
    [InlineData("../governors")]
    [InlineData("sub/governors")]
    [InlineData("Governors")]
    public void Render_NameThatIsNotAPlainFileName_IsRejected(string name)
    {
        Assert.Throws<ArgumentException>(() => Renderer().Render(name, Oakfield));
    }

    [Fact]
    public void Constructor_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new TemplateRenderer(_templates.Of("nowhere")));
    }
}
