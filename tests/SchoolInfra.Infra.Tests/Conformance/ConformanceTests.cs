namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>The emitted templates against the pinned providers' facts (issue 8).</summary>
public sealed class ConformanceTests
{
    [Fact]
    public void ExampleSchool_EveryResourceConformsToThePinnedProviders() =>
        SchoolConformance.AssertConforms(SchoolConformance.Check(TestSchools.Example(), ExampleSchool.Text));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AllFeaturesSchool_EveryResourceConformsToThePinnedProviders(bool jamfSchool) =>
        SchoolConformance.AssertConforms(SchoolConformance.Check(TestSchools.AllFeatures(jamfSchool), TestSchools.AllFeaturesText(jamfSchool)));

    /// <summary>
    /// The schools the conformance test compiles emit every resource type and function the compiler knows, so no
    /// type ships unchecked. A type in the known list that no builder emits must be named here with the reason.
    /// </summary>
    [Fact]
    public void ConformanceSchools_TogetherEmitEveryKnownTypeAndFunction()
    {
        string[] notEmitted =
        [
            // Declared for the package-discovery template; sign-in rules use the built-in phishing-resistant strength by id.
            Types.AzureAdTypes.AuthenticationStrengthPolicy,
        ];
        var templates = new[] { TestSchools.Example(), TestSchools.AllFeatures(false), TestSchools.AllFeatures(true) }.Select(r => r.Template!).ToList();
        var missing = Types.KnownTypes.Resources.Concat(Types.KnownTypes.Functions)
            .Where(t => !notEmitted.Contains(t) && !templates.Any(x => x.Contains(t, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "no conformance school emits: " + string.Join(", ", missing));
    }

    /// <summary>
    /// For bumping a provider (README, "Bumping a provider"): with SCHOOLINFRA_CONFORMANCE_TEMPLATES set to a folder,
    /// writes the three templates this test checks there, for FactsTools/prune.py. Without it, does nothing.
    /// </summary>
    [Fact]
    public void ConformanceSchools_WriteTheirTemplatesWhenAsked()
    {
        var folder = Environment.GetEnvironmentVariable("SCHOOLINFRA_CONFORMANCE_TEMPLATES");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "example.yaml"), TestSchools.Example().Template);
        File.WriteAllText(Path.Combine(folder, "all-features-jamfpro.yaml"), TestSchools.AllFeatures(false).Template);
        File.WriteAllText(Path.Combine(folder, "all-features-jamfschool.yaml"), TestSchools.AllFeatures(true).Template);
    }
}
