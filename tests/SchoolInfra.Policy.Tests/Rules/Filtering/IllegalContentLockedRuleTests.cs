using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Policy.Rules.Filtering;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public class IllegalContentLockedRuleTests
{
    private readonly IllegalContentLockedRule _rule = new();

    [Fact]
    public void Evaluate_ExampleSchool_IsMet() =>
        Expect.Met(_rule.Evaluate(Example.Context()), "4 profiles pass through a filter that blocks the illegal-content lists");

    [Fact]
    public void Evaluate_ProfileOutsideIllegalContentFilter_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("guests", p => p with { EnforcedBy = [FilteringBackend.GlobalSecureAccess] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "No backend of the profile \"guests\" blocks the illegal-content (IWF and CTIRU) lists.");
    }

    [Fact]
    public void Evaluate_ProfileWithNoBackend_IsNotMet()
    {
        var config = Change.Filtering(f => f.Profile("staff", p => p with { EnforcedBy = [] }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "names no backend, so filtering is off for its users");
    }

    [Fact]
    public void Evaluate_ExceptionLiftingIllegalContentBlock_IsNotMet()
    {
        var illegal = new DomainEntry { Domain = "bad.example", Reason = "Reported to the IWF by the DSL.", IllegalContent = true };
        var config = Change.Filtering(f => f.Profile("olderPupils", p => p with { BlockedDomains = [.. p.BlockedDomains, illegal] })
            .Exception("youtube.com", e => e with { Domain = "www.bad.example" }));
        Expect.NotMet(_rule.Evaluate(Example.Context(config)), "The exception for \"www.bad.example\" would lift the block on \"bad.example\", which is blocked for illegal content.");
    }
}
