using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Tests;

/// <summary>
/// Assertions on findings. Anything not met must say what to do, who does it and where (a known location), and an
/// expected sentence must appear among the evidence lines.
/// </summary>
public static class Expect
{
    public static void Met(Finding finding, string? evidence = null)
    {
        Assert.True(finding.Status == FindingStatus.Met, Describe(finding));
        Assert.Null(finding.Action);
        Assert.Null(finding.ActionBy);
        Assert.True(finding.Location.IsKnown, "A met finding still points at the section it read.");
        if (evidence is not null)
        {
            HasEvidence(finding, evidence);
        }
    }

    public static void NotMet(Finding finding, string evidence) => Status(finding, FindingStatus.NotMet, evidence);

    public static void Partial(Finding finding, string evidence) => Status(finding, FindingStatus.Partial, evidence);

    public static void NoEvidence(Finding finding, string evidence) => Status(finding, FindingStatus.NoEvidence, evidence);

    public static void Status(Finding finding, FindingStatus status, string evidence)
    {
        Assert.True(finding.Status == status, $"Expected {status}. {Describe(finding)}");
        Assert.False(string.IsNullOrWhiteSpace(finding.Action), "Anything not met says what to do.");
        Assert.NotNull(finding.ActionBy);
        Assert.True(finding.Location.IsKnown, $"Anything not met points at the place to fix: {finding.Location}");
        HasEvidence(finding, evidence);
    }

    /// <summary>The text appears in an evidence line or in one of the finding's problems (open or waived).</summary>
    public static void HasEvidence(Finding finding, string evidence) =>
        Assert.True(Lines(finding).Any(e => e.Contains(evidence, StringComparison.Ordinal)), $"No evidence line or problem contains \"{evidence}\". {Describe(finding)}");

    /// <summary>The text appears in none of the evidence lines or problems.</summary>
    public static void LacksEvidence(Finding finding, string evidence) =>
        Assert.False(Lines(finding).Any(e => e.Contains(evidence, StringComparison.Ordinal)), $"Something contains \"{evidence}\". {Describe(finding)}");

    private static IEnumerable<string> Lines(Finding finding) =>
        finding.Evidence.Concat(finding.Problems.Concat(finding.WaivedProblems).Select(p => p.Message));

    private static string Describe(Finding finding) =>
        $"{finding.ControlId} {finding.Status}: {finding.Summary}\n  " + string.Join("\n  ", Lines(finding));
}
