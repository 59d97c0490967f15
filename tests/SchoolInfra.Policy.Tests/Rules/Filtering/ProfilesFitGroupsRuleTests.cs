using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class ProfilesFitGroupsRuleTests
{
    private readonly ProfilesFitGroupsRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "pupils \"youngPupils\" and \"olderPupils\" (key stages EYFS, KS1, LKS2, UKS2)");

    [Fact]
    public void Evaluate_PupilsAndStaffInOneProfile_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("olderPupils", p => p with { Groups = [.. p.Groups, "support"] })
            .Profile("staff", p => p with { Groups = [.. p.Groups.Remove("support")] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The profile \"olderPupils\" covers pupils and adults together");
    }

    [Fact]
    public void Evaluate_PupilProfileLooserThanStaff_IsNotMet()
    {
        // Only the staff profile keeps the upstream filter, which blocks extremism and proxies for everyone it serves.
        var config = Change.Filtering(f => f.Profile("youngPupils", p => p with { EnforcedBy = [FilteringBackend.GlobalSecureAccess] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The pupil profile \"youngPupils\" leaves extremism and proxy and VPN sites open, which the staff profile \"staff\" blocks.");
    }

    [Fact]
    public void Evaluate_NoGuestProfileWithGuestGroup_IsNotMet()
    {
        var config = Change.Filtering(f => f with { Profiles = [.. f.Profiles.Where(p => p.Key != "guests")] });
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No filtering profile is for guests.");
    }

    [Fact]
    public void Evaluate_UniformWithSltDecision_IsMetAsSchoolChoice()
    {
        var config = Change.Filtering(f => Uniform(f) with
        {
            Decision = new FilteringDecision { Reason = "One profile, as the LA service provides.", DecidedBy = SchoolRole.Headteacher, DecidedOn = new(2026, 9, 1) },
        });
        Expect.Met(_rule.Evaluate(Example.Context(config)), "School choice: one profile for everyone");
    }

    [Fact]
    public void Evaluate_UniformWithoutDecision_IsNotMet()
    {
        var config = Change.Filtering(Uniform);
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "no senior leadership decision is recorded");
    }

    /// <summary>The young pupils' profile applied to every group.</summary>
    private static FilteringConfig Uniform(FilteringConfig filtering) => filtering with
    {
        Differentiation = Differentiation.Uniform,
        Profiles = [filtering.Profiles[0] with { Groups = [.. filtering.Profiles.SelectMany(p => p.Groups)] }],
    };
}
