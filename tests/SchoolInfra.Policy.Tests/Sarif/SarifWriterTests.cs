using System.Text.Json;
using NJsonSchema;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Policy.Sarif;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Sarif;

/// <summary>The SARIF output validates against the official SARIF 2.1.0 schema and has what GitHub code scanning needs.</summary>
public sealed class SarifWriterTests
{
    private const string StackFile = "schools/Pulumi.oakfield-primary.yaml";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    private static ComplianceResult ExampleResult(params Diagnostic[] diagnostics)
    {
        var rules = RuleRegistry.Discover(new DiagnosticBag());
        var catalogue = new ControlCatalogue([.. Oakfield.Catalogue.Controls.Where(c => rules.Find(c.Rule) is not null)]);
        var findings = PolicyEvaluator.Evaluate(catalogue, rules, new RuleContext(Oakfield.Config, Oakfield.Desired, Oakfield.Records, Oakfield.Today));
        var schedule = ScheduledRecords.Compute(Oakfield.Config, Oakfield.Records, Oakfield.Today);
        return new ComplianceResult("oakfield-primary", Oakfield.Config.School.Name, Oakfield.Today, catalogue, findings, schedule, [.. diagnostics]);
    }

    private static void AssertValid(string sarif)
    {
        var errors = Schema.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Write_ExampleSchool_IsValidSarif210() => AssertValid(SarifWriter.Write(ExampleResult(), StackFile));

    [Fact]
    public void Write_WithDiagnostics_IsValidSarif210()
    {
        var sarif = SarifWriter.Write(ExampleResult(
            new Diagnostic("SI2004", Severity.Error, SourceSpan.At(StackFile, 14, 7), "Group \"yr6\" is not declared.", "use \"year6Pupils\"."),
            new Diagnostic("SI2708", Severity.Error, SourceSpan.None, "Two rule classes claim one id.", "give each its own id.")), StackFile);
        AssertValid(sarif);
        using var doc = JsonDocument.Parse(sarif);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var located = results.Single(r => r.GetProperty("ruleId").GetString() == "SI2004");
        var region = located.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(14, region.GetProperty("startLine").GetInt32());
        Assert.Equal(7, region.GetProperty("startColumn").GetInt32());
        var unlocated = results.Single(r => r.GetProperty("ruleId").GetString() == "SI2708");
        Assert.Equal(StackFile, unlocated.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Validate_SchemaCatchesABrokenLog()
    {
        var broken = SarifWriter.Write(ExampleResult(), StackFile).Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal);
        Assert.NotEmpty(Schema.Value.Validate(broken));
    }

    [Fact]
    public void Write_ExampleSchool_HasWhatGitHubNeeds()
    {
        using var doc = JsonDocument.Parse(SarifWriter.Write(ExampleResult(), StackFile));
        var run = doc.RootElement.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("SchoolInfra", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("help").GetProperty("text").GetString()));
        });
        var mfa = rules.Single(r => r.GetProperty("id").GetString() == "MFA-01");
        Assert.Equal("Staff, governors and IT accounts need a second check (app or key) as well as a password.", mfa.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains("NCSC-MFA", mfa.GetProperty("properties").GetProperty("standards").EnumerateArray().Select(s => s.GetString()));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), ids);
            var uri = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
            Assert.StartsWith("schools/", uri, StringComparison.Ordinal);
            Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        });
        var review = results.Single(r => r.GetProperty("ruleId").GetString() == "REV-01");
        Assert.Equal("error", review.GetProperty("level").GetString());
        Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString() == "PWD-05");
    }

    [Fact]
    public void Write_TwiceOnTheSameResult_IsByteIdentical() =>
        Assert.Equal(SarifWriter.Write(ExampleResult(), StackFile), SarifWriter.Write(ExampleResult(), StackFile));
}
