using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class OfflineCopyRuleTests
{
    private readonly OfflineCopyRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "the vault \"main\" has locked immutability");

    [Fact]
    public void Evaluate_UnlockedVaultAndNoRotatedDrives_IsNotMet()
    {
        var config = Change.Backups(b =>
        {
            var unlocked = b.Vault("main", v => v with { Immutability = ImmutabilityState.Unlocked });
            return unlocked with { Copies = [.. unlocked.Copies.Where(c => c.Medium != CopyMedium.RemovableDrive)] };
        });
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "No backup copy is out of an attacker's reach");
        Expect.HasEvidence(finding, "its vault's immutability is unlocked, which an administrator can switch off");
    }

    [Fact]
    public void Evaluate_OnlyNasMarkedOffline_IsNotMet()
    {
        var config = Change.Backups(b => b with { Copies = [.. b.Copies.Where(c => c.Medium == CopyMedium.Nas).Select(c => c with { Offline = true })] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "a NAS stays reachable over the network");
    }

    [Fact]
    public void Evaluate_RotatedDrivesOnly_IsMet()
    {
        var config = Change.Backups(b => b.Vault("main", v => v with { Immutability = ImmutabilityState.Disabled }));
        Expect.Met(_rule.Evaluate(Example.Context(config)), "3 removable drives take turns every 2 days");
    }
}
