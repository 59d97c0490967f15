using System.Collections.Immutable;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Whether <c>validate --fail-on SEVERITY</c> blocks a merge: a control of that severity or higher that is not met
/// once waivers are applied. With the findings of the base revision (<c>--since</c>), only controls that were not
/// already not met there block: a school that describes where it is today is not blocked for it, but a pull request
/// that breaks a high-severity control is. Being judged weak is never an error by itself (STYLE.md): this gate is the
/// separate, documented choice a repository makes in CI.
/// </summary>
public static class MergeGate
{
    public static ImmutableArray<Finding> Blocking(ComplianceResult result, ControlSeverity threshold, ComplianceResult? baseline = null)
    {
        var before = baseline?.Findings.ToDictionary(f => f.ControlId, StringComparer.Ordinal);
        return [.. result.Findings.Where(f =>
            f.Status == FindingStatus.NotMet
            && result.Catalogue.Find(f.ControlId) is { } control && control.Severity >= threshold
            && (before is null || !before.TryGetValue(f.ControlId, out var old) || old.Status != FindingStatus.NotMet))];
    }
}
