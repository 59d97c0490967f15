using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Tests.Validation;

public sealed class DeviceChecksTests
{
    [Fact]
    public void Validate_ExampleSchool_HasNoDeviceDiagnostics()
    {
        var validated = ExampleStack.Validate(ExampleStack.Text);

        Assert.DoesNotContain(validated.Diagnostics, d => d.Code.StartsWith("SI24", StringComparison.Ordinal));
        Assert.False(validated.HasErrors, string.Join("\n", validated.Diagnostics.Select(d => d.Format())));
    }

    [Theory]
    [InlineData("usersAreAdmins: false", "usersAreAdmins: true")]
    [InlineData("        staff: schoolIssuedEncryptedOnly\n", "        pupilsBlocked: false\n        staff: schoolIssuedEncryptedOnly\n")]
    [InlineData("          - USBSTOR\\Disk&Ven_Example&Prod_SecureDrive&Rev_1.00\n", "")]
    [InlineData("deadlineDays: 7", "deadlineDays: 10")]
    [InlineData("          deviceGroups: [pupilLaptops, staffLaptops]\n          qualityDeferralDays: 3", "          deviceGroups: [pupilLaptops]\n          qualityDeferralDays: 3")]
    [InlineData("pupilAppInstalls: false", "pupilAppInstalls: true")]
    public void Validate_WeakButDeployableBaselines_AreNotConfigErrors(string find, string replacement)
    {
        // Judged by DEV-05, DEV-06, DEV-07 and DEV-09 in Policy (issue 13), never config errors.
        var validated = ExampleStack.Validate(ExampleStack.With(find, replacement));

        Assert.False(validated.HasErrors, string.Join("\n", validated.Diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void Validate_JamfProWithoutAdeToken_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With(
            "  schoolinfra:jamfAdeToken:\n    secure: v1:ZmljdGlvbmFsLWNpcGhlcnRleHQtbm90LWEtcmVhbC10b2tlbg==\n", string.Empty));

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2407").Severity);
    }

    [Fact]
    public void Validate_JamfSchoolWithoutAdeToken_IsAllowed()
    {
        var text = ExampleStack.With("  schoolinfra:jamfAdeToken:\n    secure: v1:ZmljdGlvbmFsLWNpcGhlcnRleHQtbm90LWEtcmVhbC10b2tlbg==\n", string.Empty)
            .Replace("managedBy: jamfPro", "managedBy: jamfSchool", StringComparison.Ordinal);

        var validated = ExampleStack.Validate(text);

        Assert.DoesNotContain(validated.Diagnostics, d => d.Code == "SI2407");
    }

    [Theory]
    [InlineData("Building is Main Site", null)]
    [InlineData("Main Site", "\"Main Site\"")]
    public void Validate_SmartGroupCriterion_MustBeReadable(string criterion, string? quoted)
    {
        var validated = ExampleStack.Validate(ExampleStack.With("criterion: Building is Main Site", $"criterion: {criterion}"));

        if (quoted is null)
        {
            Assert.DoesNotContain(validated.Diagnostics, d => d.Code == "SI2417");
        }
        else
        {
            Assert.Contains(quoted, ExampleStack.Single(validated, "SI2417").Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SmartGroupWithoutCriterion_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("          criterion: Department is Staff\n", string.Empty));

        Assert.Contains("no criterion", ExampleStack.Single(validated, "SI2417").Message, StringComparison.Ordinal);
    }
}
