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
}
