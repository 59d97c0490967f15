using System.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Tests.Example;
using SchoolInfra.Evidence.Tests.Pulumi;

namespace SchoolInfra.Evidence.Tests.Drift;

/// <summary>The saved drift result (schoolinfra drift --format json): read back as written; anything else is an error.</summary>
public sealed class DriftResultJsonTests
{
    private static DriftResult Example()
    {
        var bag = new DiagnosticBag();
        var source = new InMemorySource(ExampleRefresh.Digest());
        return DriftChecker.Check(PulumiFixtures.Context(), [source], bag) ?? throw new InvalidOperationException("no result");
    }

    private static DriftResult? Read(string json, string stack, out Diagnostic[] diagnostics)
    {
        var bag = new DiagnosticBag();
        var result = DriftResultJson.Read(Encoding.UTF8.GetBytes(json), "drift.json", stack, bag);
        diagnostics = [.. bag.ToSortedArray()];
        return result;
    }

    [Fact]
    public void Read_WhatWasWritten_GivesTheSameResult()
    {
        var written = DriftResultJson.Write(Example());
        var read = Read(written, "oakfield-primary", out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(written, DriftResultJson.Write(read!));
        Assert.Equal(3, read!.Items.Length);
        Assert.Equal(DriftValue.Known("\"Disabled\""), read.Items.Single(i => i.Resource.LogicalName == "backupVault-main").Properties[0].Live);
    }

    [Theory]
    [InlineData("\"schoolinfraDrift\": 1", "\"schoolinfraDrift\": 7", "SI4018")]
    [InlineData("\"schoolinfraDrift\": 1,", "", "SI4017")]
    [InlineData("\"severity\": \"high\"", "\"severity\": \"dire\"", "SI4020")]
    public void Read_ChangedFile_IsAnError(string find, string replace, string code)
    {
        var text = DriftResultJson.Write(Example());
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        Assert.Null(Read(string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)), "oakfield-primary", out var diagnostics));
        Assert.Equal(code, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_ResultOfAnotherSchool_IsSI4019()
    {
        Assert.Null(Read(DriftResultJson.Write(Example()), "elmwood-infant", out var diagnostics));
        Assert.Equal("SI4019", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_CutShort_IsNotADriftResult()
    {
        var text = DriftResultJson.Write(Example());
        Assert.Null(Read(text[..(text.Length / 2)], "oakfield-primary", out var diagnostics));
        Assert.Equal("SI4017", Assert.Single(diagnostics).Code);
    }

    private sealed class InMemorySource(string json) : IDriftSource
    {
        public DriftObservation? Observe(DriftContext context, DiagnosticBag diagnostics) =>
            Evidence.Pulumi.PulumiRefreshSource.Observe(Encoding.UTF8.GetBytes(json), "refresh.json", PulumiFixtures.RunAt, context, diagnostics);
    }
}
