using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class ThreeTwoOneRuleTests
{
    private readonly ThreeTwoOneRule _rule = new();

    /// <summary>The example school with its Microsoft 365 data also kept in the vault and on the rotated drives.</summary>
    private static Core.Model.SchoolConfig EveryDataThreeCopies() => Change.Backups(b => b with
    {
        DataSources = [.. b.DataSources.Select(s => s.Key == "m365" ? s with { BackedUpTo = ["m365Backup", "cloudVault", "usbRotation"] } : s)],
    });

    /// <summary>
    /// Issue 12: four copies of the file server never make up for one copy of the school's mail. Across all copies the
    /// school has 4 copies on 3 kinds of storage, but Microsoft 365 mail and files have a single copy.
    /// </summary>
    [Fact]
    public void Evaluate_ExampleSchoolMicrosoft365WithOneCopy_IsNotMetForThatDataAlone()
    {
        var finding = _rule.Evaluate(Example.Context());
        Expect.NotMet(finding, "Microsoft 365 mail, OneDrive and SharePoint has 1 backup copy where 3 are needed and 1 kind of storage where 2 are needed.");
        Expect.HasEvidence(finding, "Office file server (MIS exports, finance): 3 backup copies on 3 kinds of storage, 2 away from school.");
        Assert.Equal("backup321", Assert.Single(finding.Problems).Key);
    }

    [Fact]
    public void Evaluate_EveryDataWithThreeCopies_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(EveryDataThreeCopies())), "Microsoft 365 mail, OneDrive and SharePoint: 3 backup copies on 2 kinds of storage, 3 away from school.");

    [Fact]
    public void Evaluate_TwoCopies_IsNotMet()
    {
        var config = Change.Backups(b => EveryDataThreeCopies().Backups! with { Copies = [.. b.Copies.Where(c => c.Key is "cloudVault" or "officeNas")] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Office file server (MIS exports, finance) has 2 backup copies where 3 are needed.");
    }

    [Fact]
    public void Evaluate_TwoCopiesCountingLiveData_IsPartial()
    {
        var config = Change.Backups(b => b with
        {
            CountLiveCopy = true,
            DataSources = [.. b.DataSources.Select(s => s with { BackedUpTo = ["cloudVault", "officeNas"] })],
        });
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "reaches three copies only by counting the live data");
    }

    [Fact]
    public void Evaluate_AllCopiesOnOneMedium_IsNotMet()
    {
        var config = Change.Backups(b => EveryDataThreeCopies().Backups! with { Copies = [.. b.Copies.Select(c => c with { Medium = CopyMedium.CloudVault })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "1 kind of storage where 2 are needed");
    }

    [Fact]
    public void Evaluate_NothingOffSite_IsNotMet()
    {
        // Cloud copies are always off site, so keep only the on-site kinds: two NAS boxes and drives kept in the safe.
        var config = Change.Backups(b =>
        {
            var nas = b.Copies.Single(c => c.Key == "officeNas");
            var drives = b.Copies.Single(c => c.Key == "usbRotation") with { Location = CopyLocation.OnSite, StoragePlace = StoragePlace.SchoolSafe };
            return b with
            {
                Copies = [nas, nas with { Key = "secondNas" }, drives],
                DataSources = [.. b.DataSources.Select(s => s with { BackedUpTo = ["officeNas", "secondNas", "usbRotation"] })],
            };
        });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Office file server (MIS exports, finance) has no copy away from the school.");
    }

    [Fact]
    public void Evaluate_LocallyRedundantVault_IsNotMet()
    {
        var config = Change.Backups(b => b.Vault("main", v => v with { StorageRedundancy = StorageRedundancy.LocallyRedundant }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The vault of \"Azure Recovery Services vault (geo-redundant, immutable)\" is locallyRedundant");
    }

    [Fact]
    public void Evaluate_NoBackupsDeclared_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Example.Config with { Backups = null })), "No backups are declared for the school.");
}
