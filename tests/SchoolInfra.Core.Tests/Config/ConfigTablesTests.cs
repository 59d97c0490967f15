using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Core.Tests.Config;

/// <summary>The tables SchoolInfra.Generators writes at build time say what reflection over the config types says.</summary>
public sealed class ConfigTablesTests
{
    [Fact]
    public void Tables_OfEveryCoreRecordAndEnum_MatchReflection() =>
        Assert.Empty(ConfigTablesCheck.Differences(typeof(SchoolConfig).Assembly));

    [Fact]
    public void EnumValue_ExplicitEnumMemberWord_WinsOverCamelCase()
    {
        Assert.Equal("LKS2", ConfigNaming.EnumValue(KeyStage.LowerKs2));
        Assert.Equal("teaching", ConfigNaming.EnumValue(GroupKind.Teaching));
        Assert.Equal("LKS2", ConfigNaming.EnumValue(typeof(KeyStage), nameof(KeyStage.LowerKs2)));
    }

    [Fact]
    public void EnumValue_ValueThatIsNoMember_IsItsNumber() =>
        Assert.Equal("42", ConfigNaming.EnumValue((GroupKind)42));

    [Fact]
    public void Shape_OfATypeThatIsNoConfigRecord_SaysWhatIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ConfigShape.Of(typeof(ConfigTablesTests)));
        Assert.Contains("SchoolInfra.Generators", error.Message, StringComparison.Ordinal);
    }
}
