using SchoolInfra.Core.Config;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Evidence.Tests.Records;

/// <summary>Evidence's enums get generated tables too (record kinds carry explicit words), matching reflection.</summary>
public sealed class ConfigTablesTests
{
    [Fact]
    public void Tables_OfEveryEvidenceRecordAndEnum_MatchReflection() =>
        Assert.Empty(ConfigTablesCheck.Differences(typeof(RecordKind).Assembly));

    [Fact]
    public void EnumValue_RecordKind_UsesItsExplicitWord() =>
        Assert.Equal("fm-check", ConfigNaming.EnumValue(RecordKind.FmCheck));
}
