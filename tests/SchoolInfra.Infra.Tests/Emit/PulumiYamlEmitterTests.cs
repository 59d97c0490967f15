using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Emit;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Emit;

public sealed class PulumiYamlEmitterTests
{
    private static DesiredState StateWith(PulumiObject properties, ResourceOptions? options = null) => new("t", [],
        [new DesiredResource("res-a", "azuread:index/group:Group", properties, options ?? ResourceOptions.None, SourceSpan.None, ["IAM-01"], "test")],
        [], []);

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string PropertyText(string yaml, string property)
    {
        var resource = (YamlMappingNode)((YamlMappingNode)Parse(yaml)["resources"])["res-a"];
        return ((YamlScalarNode)((YamlMappingNode)resource["properties"])[property]).Value!;
    }

    [Fact]
    public void Emit_LiteralDollar_IsDoubledSoPulumiDoesNotInterpolateIt()
    {
        var yaml = PulumiYamlEmitter.Emit(StateWith(PulumiValue.Map(("script", PulumiValue.Text("$x = ${env:USERNAME}; $$")))), "d");
        Assert.Equal("$$x = $${env:USERNAME}; $$$$", PropertyText(yaml, "script"));
    }

    [Fact]
    public void Emit_Reference_IsWrittenAsAnInterpolation()
    {
        var yaml = PulumiYamlEmitter.Emit(StateWith(PulumiValue.Map(("groupObjectId", PulumiValue.Ref("group-staff", "objectId")))), "d");
        Assert.Equal("${group-staff.objectId}", PropertyText(yaml, "groupObjectId"));
    }

    [Theory]
    [InlineData("10.0")]
    [InlineData("true")]
    [InlineData("On")]
    [InlineData("1e3")]
    [InlineData("0123")]
    [InlineData("null")]
    [InlineData("line one\nline \"two\"\t\\end")]
    [InlineData("# not a comment: really")]
    public void Emit_TextThatLooksLikeAnotherType_StaysText(string text)
    {
        var yaml = PulumiYamlEmitter.Emit(StateWith(PulumiValue.Map(("value", PulumiValue.Text(text)))), "d");
        var resource = (YamlMappingNode)((YamlMappingNode)Parse(yaml)["resources"])["res-a"];
        var node = (YamlScalarNode)((YamlMappingNode)resource["properties"])["value"];
        Assert.Equal(text, node.Value);
        Assert.Equal(YamlDotNet.Core.ScalarStyle.DoubleQuoted, node.Style);
    }

    [Fact]
    public void Emit_NestedListsAndObjects_RoundTrip()
    {
        var properties = PulumiValue.Map(
            ("conditions", PulumiValue.Map(
                ("users", PulumiValue.Map(("excludedUsers", PulumiValue.List(PulumiValue.Ref("bg1"), PulumiValue.Ref("bg2"))))),
                ("empty", PulumiValue.List()),
                ("nothing", PulumiValue.Map()))),
            ("rules", PulumiValue.List(PulumiValue.Map(("name", PulumiValue.Text("a")), ("priority", PulumiValue.Number(100)), ("on", PulumiValue.Bool(true))))));
        var yaml = PulumiYamlEmitter.Emit(StateWith(properties, new ResourceOptions { Protect = true, DependsOn = ["res-b"] }), "d");
        var resource = (YamlMappingNode)((YamlMappingNode)Parse(yaml)["resources"])["res-a"];
        var props = (YamlMappingNode)resource["properties"];
        var excluded = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)props["conditions"])["users"])["excludedUsers"];
        Assert.Equal(["${bg1}", "${bg2}"], excluded.Children.Select(c => ((YamlScalarNode)c).Value));
        var rule = (YamlMappingNode)((YamlSequenceNode)props["rules"]).Children[0];
        Assert.Equal("100", ((YamlScalarNode)rule["priority"]).Value);
        Assert.Equal("true", ((YamlScalarNode)rule["on"]).Value);
        var options = (YamlMappingNode)resource["options"];
        Assert.Equal("true", ((YamlScalarNode)options["protect"]).Value);
        Assert.Equal("${res-b}", ((YamlScalarNode)((YamlSequenceNode)options["dependsOn"]).Children[0]).Value);
    }

    [Fact]
    public void Emit_SameState_GivesTheSameBytes()
    {
        var state = StateWith(PulumiValue.Map(("displayName", PulumiValue.Text("Oakfield - Staff"))));
        Assert.Equal(PulumiYamlEmitter.Emit(state, "d"), PulumiYamlEmitter.Emit(state, "d"));
        Assert.DoesNotContain("\r", PulumiYamlEmitter.Emit(state, "d"), StringComparison.Ordinal);
        Assert.EndsWith("\n", PulumiYamlEmitter.Emit(state, "d"), StringComparison.Ordinal);
    }
}
