namespace SchoolInfra.Reports.Drift;

/// <summary>One setting that differs: its path, the declared and the live value as shown (secrets hidden).</summary>
public sealed record PropertyLine(string Path, string Declared, string Live);
