using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class EncryptionAndLockRuleTests
{
    private readonly EncryptionAndLockRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "Windows devices use BitLocker, lock after 10 minutes and need a PIN of at least 6.");

    [Fact]
    public void Evaluate_FifteenMinuteScreenLock_IsNotMet()
    {
        var config = Change.Windows(w => w with { ScreenLockMinutes = 15 });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Windows devices lock after 15 idle minutes; at most 10 are allowed.");
    }

    [Fact]
    public void Evaluate_FourDigitIpadPasscode_IsNotMet()
    {
        var config = Change.Ipads(i => i with { Passcode = i.Passcode with { MinLength = 4 } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "iPad passcodes may be 4 characters; at least 6 are needed.");
    }

    [Fact]
    public void Evaluate_NoDeviceBaselines_IsNotMet() =>
        Expect.NotMet(_rule.Evaluate(Example.Context(Example.Config with { Devices = null })), "No Windows or iPad baseline is declared");

    [Fact]
    public void Evaluate_JamfSchoolPasscode_IsCheckedLive() =>
        Expect.Met(_rule.Evaluate(Example.Context(Change.Ipads(i => i with { ManagedBy = JamfProduct.JamfSchool }))),
            "Jamf School cannot deploy the passcode profile, so the live check reads it from the Jamf School API.");
}
