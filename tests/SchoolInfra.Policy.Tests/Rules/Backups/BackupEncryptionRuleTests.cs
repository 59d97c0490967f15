using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Backups;

namespace SchoolInfra.Policy.Tests.Rules.Backups;

public class BackupEncryptionRuleTests
{
    private readonly BackupEncryptionRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "The copy \"usbRotation\" is encrypted (BitLocker To Go) and kept at secure premises off site.");

    [Fact]
    public void Evaluate_UnencryptedNas_IsNotMet()
    {
        var config = Change.Backups(b => b.Copy("officeNas", c => c with { Encrypted = false }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The backup copy \"officeNas\" is not encrypted.");
    }

    [Fact]
    public void Evaluate_DrivesKeptAtHome_IsNotMet()
    {
        var config = Change.Backups(b => b.Copy("usbRotation", c => c with { StoragePlace = StoragePlace.Home }));
        var finding = _rule.Evaluate(Example.Context(config));
        Expect.NotMet(finding, "is kept at someone's home; backups must never go home.");
        Assert.Equal(SchoolRole.Headteacher, finding.ActionBy);
    }

    [Fact]
    public void Evaluate_DrivesInServerRoom_IsNotMet()
    {
        var config = Change.Backups(b => b.Copy("usbRotation", c => c with { StoragePlace = StoragePlace.ServerRoom }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "is kept in the server room; drives belong in the school safe");
    }

    [Fact]
    public void Evaluate_DrivesWithoutRotation_IsNotMet()
    {
        var config = Change.Backups(b => b.Copy("usbRotation", c => c with { Rotation = null }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "does not say who rotates the drives");
    }
}
