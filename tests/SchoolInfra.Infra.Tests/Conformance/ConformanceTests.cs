namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>The emitted templates against the pinned providers' facts (issue 8).</summary>
public sealed class ConformanceTests
{
    [Fact]
    public void ExampleSchool_EveryResourceConformsToThePinnedProviders() =>
        SchoolConformance.AssertConforms(SchoolConformance.Check(TestSchools.Example(), ExampleSchool.Text));
}
