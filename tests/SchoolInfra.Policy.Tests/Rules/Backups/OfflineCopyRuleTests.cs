using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class OfflineCopyRuleTests
{
    private readonly OfflineCopyRule _rule = new();

    private static Core.Model.SchoolConfig Microsoft365InTheVault() => Change.Backups(b => b with
    {
        DataSources = [.. b.DataSources.Select(s => s.Key == "m365" ? s with { BackedUpTo = ["m365Backup", "cloudVault"] } : s)],
    });

    /// <summary>Issue 12: the file server's offline drives and immutable vault do not protect the school's mail.</summary>
    [Fact]
    public void Evaluate_ExampleSchoolMicrosoft365WithoutProtectedCopy_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context()), "Microsoft 365 mail, OneDrive and SharePoint has no backup copy that is offline or immutable");

    [Fact]
    public void Evaluate_EveryDataWithAnImmutableCopy_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context(Microsoft365InTheVault())), "\"Azure Recovery Services vault (geo-redundant, immutable)\" is immutable: its vault has locked immutability");

    /// <summary>Issue 12: an immutable cloud vault is immutable, never "offline", whatever its declaration says.</summary>
    [Fact]
    public void Evaluate_ImmutableVaultDeclaredOffline_IsImmutableNotOffline()
    {
        var config = Change.Backups(b => Microsoft365InTheVault().Backups!.Copy("cloudVault", c => c with { Offline = true }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.Met(finding, "is declared offline, but a cloud vault stays connected, so it is never offline; it is immutable");
        Expect.LacksEvidence(finding, "is offline: its vault");
    }

    [Fact]
    public void Evaluate_UnlockedVaultAndNoRotatedDrives_IsNotMet()
    {
        var config = Change.Backups(b =>
        {
            var unlocked = b.Vault("main", v => v with { Immutability = ImmutabilityState.Unlocked });
            return unlocked with { Copies = [.. unlocked.Copies.Where(c => c.Medium != CopyMedium.RemovableDrive)] };
        });
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "Office file server (MIS exports, finance) has no backup copy that is offline or immutable");
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
        var config = Change.Backups(b => b.Vault("main", v => v with { Immutability = ImmutabilityState.Disabled }) with
        {
            DataSources = [.. b.DataSources.Select(s => s with { BackedUpTo = [.. s.BackedUpTo, "usbRotation"] })],
        });
        Expect.Met(_rule.Evaluate(Example.Context(config)), "is offline: 3 removable drives take turns every 2 days");
    }
}
