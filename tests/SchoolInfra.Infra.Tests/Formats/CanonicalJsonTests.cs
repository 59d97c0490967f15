using System.Text.Json.Nodes;
using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Tests.Formats;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Write_SortsKeysAtEveryLevel_WithoutWhitespace()
    {
        var node = JsonNode.Parse("""{ "b": 1, "a": { "z": true, "y": [ { "d": "x", "c": false } ] } }""");

        Assert.Equal("""{"a":{"y":[{"c":false,"d":"x"}],"z":true},"b":1}""", CanonicalJson.Write(node));
    }

    [Fact]
    public void Write_SameContentInAnyKeyOrder_GivesTheSameBytes()
    {
        var one = CanonicalJson.Write(JsonNode.Parse("""{"x":1,"y":{"b":"2","a":"1"}}"""));
        var two = CanonicalJson.Write(JsonNode.Parse("""{"y":{"a":"1","b":"2"},"x":1}"""));

        Assert.Equal(one, two);
    }

    [Fact]
    public void Write_EscapesOnlyWhatJsonRequires()
    {
        var node = new JsonObject { ["t"] = "a\"b\\c\nd\u0001 <é> $x" };

        Assert.Equal("{\"t\":\"a\\\"b\\\\c\\nd\\u0001 <é> $x\"}", CanonicalJson.Write(node));
    }

    [Fact]
    public void Write_Numbers_UseInvariantDigits()
    {
        Assert.Equal("[-3,0,1234567890123]", CanonicalJson.Write(new JsonArray(-3, 0, 1234567890123L)));
    }

    [Fact]
    public void Write_Fractions_AreRefused()
    {
        Assert.Throws<InvalidOperationException>(() => CanonicalJson.Write(new JsonArray(1.5)));
    }
}
