using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Tests.Catalogue;

/// <summary>One bad-input case per SI27xx catalogue code, on a small catalogue whose rules exist in every build.</summary>
public sealed class CatalogueLoaderTests
{
    private const string Good = """
        order: 1
        controls:
          - id: ROL-01
            domain: Roles and reviews
            title: A governor and a senior leader own filtering and monitoring
            statement: A named governor and a named senior leader are responsible.
            standards: [DfE-FM FM1]
            severity: high
            evidence: [config]
            rule: rol-01
            parameters:
              example: 3
        """;

    private static (ControlCatalogue Catalogue, List<Diagnostic> Diagnostics) Load(string text, RuleRegistry? rules = null)
    {
        var bag = new DiagnosticBag();
        var catalogue = CatalogueLoader.Load([new CatalogueFile("policy/controls/test.yaml", text)], rules ?? RuleRegistry.Discover(new DiagnosticBag()), bag);
        return (catalogue, [.. bag.ToSortedArray()]);
    }

    private static Diagnostic Only(string code, string text)
    {
        var (_, diagnostics) = Load(text);
        var d = Assert.Single(diagnostics, x => x.Code == code);
        Assert.Equal("policy/controls/test.yaml", d.Location.File);
        Assert.True(d.Location.Line >= 1, "the diagnostic points at a line");
        return d;
    }

    [Fact]
    public void Load_GoodControl_HasNoDiagnosticsAndKeepsItsParameters()
    {
        var (catalogue, diagnostics) = Load(Good);
        Assert.Empty(diagnostics);
        var control = Assert.Single(catalogue.Controls);
        Assert.Equal(ControlSeverity.High, control.Severity);
        Assert.Equal(3, control.IntParameter("example", 0));
        Assert.Equal(7, control.IntParameter("missing", 7));
        Assert.Equal(new Core.Diagnostics.SourceSpan("policy/controls/test.yaml", 3, 5, control.Source.EndLine, control.Source.EndColumn), control.Source);
    }

    [Fact]
    public void Load_DuplicateId_ReportsBothLocations()
    {
        var d = Only("SI2701", Good + "\n" + Good[Good.IndexOf("  - id:", StringComparison.Ordinal)..]);
        Assert.Contains("test.yaml:3:5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuleThatNoClassImplements_IsReported() =>
        Only("SI2702", Good.Replace("ROL-01", "ROL-09", StringComparison.Ordinal).Replace("rol-01", "rol-09", StringComparison.Ordinal));

    [Fact]
    public void Load_BlankRule_IsReported() => Only("SI2703", Good.Replace("rule: rol-01", "rule: \"\"", StringComparison.Ordinal));

    [Fact]
    public void Load_RuleNotTheControlId_IsReported() => Only("SI2704", Good.Replace("rule: rol-01", "rule: rol-02", StringComparison.Ordinal));

    [Fact]
    public void Load_MalformedId_IsReported() => Only("SI2705", Good.Replace("id: ROL-01", "id: rol-1", StringComparison.Ordinal));

    [Fact]
    public void Load_ParameterThatIsAList_IsReported() => Only("SI2706", Good.Replace("example: 3", "example: [3, 4]", StringComparison.Ordinal));

    [Fact]
    public void Load_NoControls_IsReported()
    {
        var bag = new DiagnosticBag();
        CatalogueFile.ReadFolder(new SafeFileReader(Path.GetTempPath()), Path.Combine(Path.GetTempPath(), "schoolinfra-no-such-folder"), "policy/none", bag);
        Assert.Equal("SI2707", Assert.Single(bag.ToSortedArray()).Code);
        var (_, diagnostics) = Load("order: 1\ncontrols: []\n");
        Assert.Contains(diagnostics, d => d.Code == "SI2707");
    }

    [Fact]
    public void Registry_TwoRulesWithOneId_IsReported()
    {
        var bag = new DiagnosticBag();
        var registry = RuleRegistry.Of([new Policy.Rules.RolesReviews.FilteringOwnersRule(), new SameIdRule()], bag);
        Assert.Equal("SI2708", Assert.Single(bag.ToSortedArray()).Code);
        Assert.NotNull(registry.Find("rol-01"));
    }

    [Fact]
    public void Load_FileWithoutControlsList_IsReported() => Only("SI2709", "order: 1\ncontrol:\n  - id: ROL-01\n");

    [Fact]
    public void Load_MisspeltKey_GetsTheBindersDidYouMean()
    {
        var d = Assert.Single(Load(Good.Replace("severity:", "severty:", StringComparison.Ordinal)).Diagnostics, x => x.Code == "SI2001");
        Assert.Contains("severity", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSeverityWord_IsATypeError() =>
        Assert.Contains(Load(Good.Replace("severity: high", "severity: urgent", StringComparison.Ordinal)).Diagnostics, d => d.Code == "SI2003");

    private sealed class SameIdRule : IRule
    {
        public string Id => "rol-01";

        public Finding Evaluate(Control control, RuleContext context) => throw new NotSupportedException();
    }
}
