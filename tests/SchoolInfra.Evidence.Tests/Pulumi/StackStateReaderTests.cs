using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Pulumi;
using static SchoolInfra.Evidence.Tests.Pulumi.PulumiFixtures;

namespace SchoolInfra.Evidence.Tests.Pulumi;

public sealed class StackStateReaderTests
{
    [Theory]
    [InlineData("stack-export.json")]
    [InlineData("stack-export-v4.json")]
    [InlineData("checkpoint.json")]
    public void Read_StateFile_GivesEveryResourceWithItsCloudId(string fixture)
    {
        var bag = new DiagnosticBag();
        var state = StackStateReader.Read(Reader, PathOf(fixture), fixture, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        Assert.NotNull(state);
        Assert.Equal("oakfield-primary", state.Stack);
        Assert.Equal("v3.259.0", state.CliVersion);
        Assert.Equal(9, state.Resources.Length);
        var vault = state.WithId("/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/rg-oakfield-primary/providers/Microsoft.RecoveryServices/vaults/rsv-oakfield-backup");
        Assert.Equal("backupVault-main", vault?.LogicalName);
        Assert.True(vault?.Protect);
    }

    [Theory]
    [InlineData("stack-export-v1.json")]
    [InlineData("stack-export-v9.json")]
    public void Read_TooOldOrUnknownVersion_IsAnErrorAtTheVersion(string fixture)
    {
        var bag = new DiagnosticBag();
        Assert.Null(StackStateReader.Read(Reader, PathOf(fixture), fixture, bag));
        var error = Assert.Single(bag.ToSortedArray());
        Assert.Equal(("SI4005", 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Read_DigestInsteadOfState_IsAnUnknownDocument()
    {
        var bag = new DiagnosticBag();
        Assert.Null(StackStateReader.Read(Reader, PathOf("refresh-drift.json"), "refresh-drift.json", bag));
        Assert.Equal("SI4004", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void Read_MissingFile_IsUnreadable()
    {
        var bag = new DiagnosticBag();
        Assert.Null(StackStateReader.Read(Reader, PathOf("no-such-file.json"), "no-such-file.json", bag));
        Assert.Equal("SI4001", Assert.Single(bag.ToSortedArray()).Code);
    }
}
