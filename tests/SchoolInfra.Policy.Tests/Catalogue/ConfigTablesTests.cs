using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Tests.Catalogue;

/// <summary>Policy's own config record (a catalogue entry) and enums get generated tables too, matching reflection.</summary>
public sealed class ConfigTablesTests
{
    [Fact]
    public void Tables_OfEveryPolicyRecordAndEnum_MatchReflection() =>
        Assert.Empty(ConfigTablesCheck.Differences(typeof(ControlEntry).Assembly));
}
