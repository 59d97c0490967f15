using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Tests.Yaml;

public sealed class JsonSourceReaderTests
{
    [Fact]
    public void Read_GivesTheSameTreeAsTheYamlReader()
    {
        const string json = "{\"groups\":[{\"key\":\"a\",\"n\":3,\"on\":true,\"x\":null}],\"name\":\"Oak £\"}";
        var fromJson = JsonSourceReader.Read(json, "j", new DiagnosticBag());
        var fromYaml = SourceReader.Read(json, "j", new DiagnosticBag());
        Assert.Equal(Shape(fromYaml!), Shape(fromJson!));
    }

    [Fact]
    public void Read_PositionsAreCharacterColumns()
    {
        var node = (SourceMapping)JsonSourceReader.Read("{\"a\":\"££\",\"b\":1}", "j", new DiagnosticBag())!;
        Assert.Equal(1, node["b"]!.Span.Line);
        Assert.Equal(15, node["b"]!.Span.Column);
    }

    [Fact]
    public void Read_DuplicateKey_IsSI1002()
    {
        var bag = new DiagnosticBag();
        JsonSourceReader.Read("{\"a\":1,\"a\":2}", "j", bag);
        Assert.Equal("SI1002", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void Read_BrokenJson_IsSI1001()
    {
        var bag = new DiagnosticBag();
        Assert.Null(JsonSourceReader.Read("{\"a\":[1,2}", "j", bag));
        Assert.Equal("SI1001", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void Read_DeepNesting_IsRefused()
    {
        var bag = new DiagnosticBag();
        Assert.Null(JsonSourceReader.Read(new string('[', 200) + new string(']', 200), "j", bag));
        Assert.True(bag.HasErrors);
    }

    private static string Shape(SourceNode node) => node switch
    {
        SourceMapping m => "{" + string.Join(",", m.Entries.Select(e => e.Key.Text + ":" + Shape(e.Value))) + "}",
        SourceSequence s => "[" + string.Join(",", s.Items.Select(Shape)) + "]",
        SourceScalar s => (s.IsQuoted ? "'" : "") + s.Text,
        _ => "?",
    };
}
