using System.Collections.Immutable;

namespace SchoolInfra.Testing;

/// <summary>What tests/browser/check-page.mjs found on a page.</summary>
/// <param name="ConsoleErrors">Console errors, uncaught page errors (<c>pageerror: ...</c>) and failed loads
/// (<c>requestfailed: ...</c>).</param>
/// <param name="Violations">axe-core violations of the WCAG 2 A and AA rules.</param>
public sealed record BrowserCheckResult(ImmutableArray<string> ConsoleErrors, ImmutableArray<AccessibilityViolation> Violations)
{
    public ImmutableArray<AccessibilityViolation> SeriousViolations => [.. Violations.Where(v => v.IsSerious)];

    /// <summary>One line per problem, for assertion messages.</summary>
    public string Describe() => string.Join("\n", ConsoleErrors.Select(e => "console: " + e)
        .Concat(Violations.Select(v => $"{v.Impact ?? "?"} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes)})")));
}
