namespace SchoolInfra.Policy.Tests;

public class ExampleSchoolTests
{
    [Fact]
    public void Compile_ExampleSchool_HasNoErrors()
    {
        Assert.DoesNotContain(ExampleSchool.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Evaluate_ExampleSchoolWithoutRecords_DumpStatuses()
    {
        var context = ExampleSchool.Context();
        var lines = RuleDiscoveryTests.DomainRules().Select(r => r.Evaluate(context)).Select(f => $"{f.ControlId} {f.Status} {f.Summary}\n    " + string.Join("\n    ", f.Evidence));
        File.WriteAllText("/tmp/policy-rules-example.txt", string.Join("\n", lines));
    }
}
