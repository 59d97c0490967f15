using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class ThreeTwoOneRuleTests
{
    private readonly ThreeTwoOneRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "4 backup copies on 3 kinds of storage, 3 of them away from school");

    [Fact]
    public void Evaluate_TwoCopies_IsNotMet()
    {
        var config = Change.Backups(b => b with { Copies = [.. b.Copies.Where(c => c.Key is "cloudVault" or "officeNas")] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Only 2 backup copies are declared; at least 3 are needed.");
    }

    [Fact]
    public void Evaluate_TwoCopiesCountingLiveData_IsPartial()
    {
        var config = Change.Backups(b => b with { CountLiveCopy = true, Copies = [.. b.Copies.Where(c => c.Key is "cloudVault" or "officeNas")] });
        Expect.Partial(_rule.Evaluate(Example.Context(config)), "Three copies are reached only by counting the live data");
    }

    [Fact]
    public void Evaluate_AllCopiesOnOneMedium_IsNotMet()
    {
        var config = Change.Backups(b => b with { Copies = [.. b.Copies.Select(c => c with { Medium = CopyMedium.CloudVault })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "All backup copies are on one kind of storage");
    }

    [Fact]
    public void Evaluate_NothingOffSite_IsNotMet()
    {
        // Cloud copies are always off site, so keep only the on-site kinds: two NAS boxes and drives kept in the safe.
        var config = Change.Backups(b =>
        {
            var nas = b.Copies.Single(c => c.Key == "officeNas");
            var drives = b.Copies.Single(c => c.Key == "usbRotation") with { Location = CopyLocation.OnSite, StoragePlace = StoragePlace.SchoolSafe };
            return b with { Copies = [nas, nas with { Key = "secondNas" }, drives] };
        });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No backup copy is kept away from the school.");
    }

    [Fact]
    public void Evaluate_LocallyRedundantVault_IsNotMet()
    {
        var config = Change.Backups(b => b.Vault("main", v => v with { StorageRedundancy = StorageRedundancy.LocallyRedundant }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The vault \"main\" is locallyRedundant");
    }

    [Fact]
    public void Evaluate_NoBackupsDeclared_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Example.Config with { Backups = null })), "No backups are declared for the school.");
}
