using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Tests.Support;

/// <summary>Asserts a finding's status and, on failure, shows its summary and evidence.</summary>
public static class FindingAssert
{
    public static void Is(FindingStatus expected, Finding finding)
    {
        Assert.True(finding.Status == expected,
            $"expected {expected} but was {finding.Status}: {finding.Summary}\n  {string.Join("\n  ", finding.Evidence.Concat(finding.Problems.Select(p => $"{p.Status} {p.Key}: {p.Message}")))}");
        Assert.False(string.IsNullOrWhiteSpace(finding.Summary));
        if (expected is FindingStatus.NotMet or FindingStatus.Partial or FindingStatus.NoEvidence)
        {
            Assert.NotNull(finding.Action);
            Assert.NotNull(finding.ActionBy);
            Assert.True(finding.Location.IsKnown, "a finding to act on points at the file a fix would change");
        }
    }
}
