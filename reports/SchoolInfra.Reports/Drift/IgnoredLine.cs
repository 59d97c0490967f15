namespace SchoolInfra.Reports.Drift;

/// <summary>A difference an ignore rule absorbed: which resource and setting, the live value, the rule and why.</summary>
public sealed record IgnoredLine(string Resource, string Path, string Live, string Rule, string Reason);
