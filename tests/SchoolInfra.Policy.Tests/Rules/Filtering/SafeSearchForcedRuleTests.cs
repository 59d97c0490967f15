using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class SafeSearchForcedRuleTests
{
    private readonly SafeSearchForcedRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "The profile \"staff\" forces safe search (moderate) and YouTube restricted mode (moderate).");

    [Fact]
    public void Evaluate_PupilProfileWithModerateYouTube_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("olderPupils", p => p with { YouTube = SafeSearchLevel.Moderate }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The profile \"olderPupils\" is for pupils or guests but sets search to strict and YouTube to moderate");
    }

    [Fact]
    public void Evaluate_NoBackendForcesSafeSearch_IsNotMet()
    {
        var config = Change.Filtering(f => f.Upstream(u => u with { Enforces = [.. u.Enforces.Remove(FilterFeature.SafeSearch)] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No backend of the profile \"youngPupils\" can force safe search.");
    }
}
