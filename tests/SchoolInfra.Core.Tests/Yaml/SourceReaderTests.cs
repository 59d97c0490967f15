using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Tests.Yaml;

public sealed class SourceReaderTests
{
    private static (SourceNode? Node, Diagnostic[] Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var node = SourceReader.Read(text, "f.yaml", bag);
        return (node, [.. bag.ToSortedArray()]);
    }

    [Fact]
    public void Read_Mapping_KeepsOneBasedPositions()
    {
        var (node, diagnostics) = Read("a: 1\nb:\n  c: text\n");
        Assert.Empty(diagnostics);
        var c = ((SourceMapping)((SourceMapping)node!)["b"]!)["c"]!;
        Assert.Equal(3, c.Span.Line);
        Assert.Equal(6, c.Span.Column);
        Assert.Equal("text", ((SourceScalar)c).Text);
    }

    [Fact]
    public void Read_DuplicateKey_ReportsBothLocations()
    {
        var (_, diagnostics) = Read("a: 1\nb: 2\na: 3\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("SI1002", d.Code);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("line 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnchorAndAlias_AreRefused()
    {
        var (_, diagnostics) = Read("a: &x [1, 2]\nb: *x\n");
        Assert.All(diagnostics, d => Assert.Equal("SI1003", d.Code));
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public void Read_BrokenIndentation_IsMalformedWithPosition()
    {
        var (node, diagnostics) = Read("a:\n  b: 1\n c: 2\n");
        Assert.Null(node);
        var d = Assert.Single(diagnostics);
        Assert.Equal("SI1001", d.Code);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Read_CustomTag_IsRefused()
    {
        var (_, diagnostics) = Read("a: !python/object x\n");
        Assert.Equal("SI1007", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_SecondDocument_IsRefused()
    {
        var (_, diagnostics) = Read("a: 1\n---\nb: 2\n");
        Assert.Equal("SI1006", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_DeepNesting_IsRefused()
    {
        var text = new string('[', 100) + new string(']', 100);
        var (node, diagnostics) = Read(text);
        Assert.Null(node);
        Assert.Contains(diagnostics, d => d.Code == "SI1001" && d.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HugeInput_IsRefusedBeforeParsing()
    {
        var (node, diagnostics) = Read(new string('#', SourceReader.MaxBytes + 1));
        Assert.Null(node);
        Assert.Equal("SI1004", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_Json_IsAcceptedWithPositions()
    {
        var (node, diagnostics) = Read("{\"a\":{\"b\":[1,\"two\"]}}");
        Assert.Empty(diagnostics);
        var b = (SourceSequence)((SourceMapping)((SourceMapping)node!)["a"]!)["b"]!;
        Assert.Equal("two", ((SourceScalar)b.Items[1]).Text);
        Assert.Equal(1, b.Span.Line);
    }

    [Theory]
    [InlineData("a: [b\nc: d\n", 1, 4)]
    [InlineData("a: {b\nc: d\n", 1, 4)]
    [InlineData("a:\n  - [x, y\n  - z\n", 2, 5)]
    [InlineData("a: [b\n- c\n", 1, 4)]
    [InlineData("a: [b, {c: d]\n", 1, 8)]
    [InlineData("? [a\n: b\n", 1, 3)]
    [InlineData("a: [b,\n", 1, 4)]
    [InlineData("[", 1, 1)]
    public void Read_UnclosedFlowCollection_IsSI1001AtTheBracket(string text, int line, int column)
    {
        var (node, diagnostics) = Read(text);

        Assert.Null(node);
        var d = Assert.Single(diagnostics);
        Assert.Equal("SI1001", d.Code);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BracketsInsideQuotesCommentsAndBlocks_AreNotFlow()
    {
        var (node, diagnostics) = Read("a: 'x [y'\nb: \"{\"  # [ not this\nc: |\n  [ nor this\nd: e [f\n");

        Assert.NotNull(node);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("a: b\n\tc: d\n", "a tab is used for indentation")]
    [InlineData("a: b: c\n", "a colon followed by a space appears inside a value")]
    [InlineData("a: 'x\n", "a quoted value is not closed")]
    [InlineData("a: @x\n", "a value starts with a character that YAML reserves")]
    public void Read_SyntaxErrors_AreInPlainWordsNotTheParsersMessage(string text, string words)
    {
        var (_, diagnostics) = Read(text);

        var d = Assert.Single(diagnostics);
        Assert.Equal("SI1001", d.Code);
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("While ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ControlCharacterInAValue_IsSI1014()
    {
        var (_, diagnostics) = Read("a: \"x\\e[31m\"\n");

        Assert.Equal(("SI1014", 1, 4), (Assert.Single(diagnostics).Code, diagnostics[0].Location.Line, diagnostics[0].Location.Column));
    }
}
