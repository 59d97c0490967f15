using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Policy.Rules.Devices;

namespace SchoolInfra.Policy.Tests.Rules.Devices;

public class RemovableMediaRuleTests
{
    private readonly RemovableMediaRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchoolWithSchoolIssuedDrives_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "School choice: staff may use 1 listed school-issued drive");

    [Fact]
    public void Evaluate_PupilUsbAllowed_IsNotMet()
    {
        var config = Change.Windows(w => w with { RemovableMedia = w.RemovableMedia with { PupilsBlocked = false } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "Pupil devices allow USB storage");
    }

    [Fact]
    public void Evaluate_SchoolIssuedDrivesWithoutList_IsNotMet()
    {
        var config = Change.Windows(w => w with { RemovableMedia = w.RemovableMedia with { SchoolIssuedDeviceIds = [] } });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "no drive is listed");
    }

    [Fact]
    public void Evaluate_StaffBlocked_IsMet()
    {
        var config = Change.Windows(w => w with { RemovableMedia = w.RemovableMedia with { Staff = StaffRemovableMedia.Blocked } });
        Expect.Met(_rule.Evaluate(Example.Context(config)), "USB storage is blocked for staff (the catalogue default).");
    }
}
