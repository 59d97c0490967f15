namespace SchoolInfra.Infra.Tests.Compile;

public sealed class SyntheticSchoolTests
{
    [Fact]
    public void LargeSyntheticSchool_CompilesWithoutErrors()
    {
        var yaml = SyntheticSchool.Generate(File.ReadAllText(ExampleSchool.StackFilePath), groups: 60, filteringEntries: 400, exceptions: 200);
        var validated = ExampleSchool.ValidateText(yaml, files: ExampleSchool.Files);
        Assert.False(validated.HasErrors, string.Join("\n", validated.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d.Format())));
        Assert.Equal(60, validated.Config!.Identity.Groups.Length);
        Assert.Equal(202, validated.Config.Filtering!.Exceptions.Length);
        Assert.Equal(400, validated.Config.Filtering.Profiles.Sum(p => p.BlockedDomains.Length));
    }
}
