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

    [Fact]
    public void Validate_BaselineAllowingLocalAdminForPupils_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("usersAreAdmins: false", "usersAreAdmins: true"));

        var d = ExampleStack.Single(validated, "SI2401");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("\"pupilLaptops\"", d.Message, StringComparison.Ordinal);
        Assert.Equal(ExampleStack.DisplayPath, d.Location.File);
    }

    [Fact]
    public void Validate_LocalAdminWithOnlyStaffDevices_IsWarning()
    {
        var text = ExampleStack.With("usersAreAdmins: false", "usersAreAdmins: true")
            .Replace("        audience: pupil\n        membershipRule: (device.devicePhysicalIds", "        audience: staff\n        membershipRule: (device.devicePhysicalIds", StringComparison.Ordinal);

        var validated = ExampleStack.Validate(text);

        Assert.Equal(Severity.Warning, ExampleStack.Single(validated, "SI2402").Severity);
        Assert.DoesNotContain(validated.Diagnostics, d => d.Code == "SI2401");
    }

    [Fact]
    public void Validate_PupilsNotBlockedFromUsbStorage_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("        staff: schoolIssuedEncryptedOnly\n", "        pupilsBlocked: false\n        staff: schoolIssuedEncryptedOnly\n"));

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2403").Severity);
    }

    [Fact]
    public void Validate_SchoolIssuedDrivesWithoutIds_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With(
            "        schoolIssuedDeviceIds:\n          - USBSTOR\\Disk&Ven_Example&Prod_SecureDrive&Rev_1.00\n", string.Empty));

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2404").Severity);
    }

    [Fact]
    public void Validate_UpdateRingLongerThan14Days_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("deadlineDays: 7", "deadlineDays: 10"));

        var d = ExampleStack.Single(validated, "SI2405");
        Assert.Contains("15 days", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UpdateRingOf14Days_IsAllowed()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("deadlineDays: 7", "deadlineDays: 9"));

        Assert.DoesNotContain(validated.Diagnostics, d => d.Code == "SI2405");
    }

    [Fact]
    public void Validate_DeviceGroupInNoUpdateRing_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("          deviceGroups: [pupilLaptops, staffLaptops]\n          qualityDeferralDays: 3",
            "          deviceGroups: [pupilLaptops]\n          qualityDeferralDays: 3"));

        Assert.Contains("\"staffLaptops\"", ExampleStack.Single(validated, "SI2418").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IpadRestrictionsAllowingPupilAppInstalls_IsError()
    {
        var validated = ExampleStack.Validate(ExampleStack.With("pupilAppInstalls: false", "pupilAppInstalls: true"));

        Assert.Equal(Severity.Error, ExampleStack.Single(validated, "SI2406").Severity);
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
