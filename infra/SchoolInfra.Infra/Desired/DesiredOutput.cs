namespace SchoolInfra.Infra.Desired;

/// <summary>A stack output: what monitoring and reports read back after an update.</summary>
public sealed record DesiredOutput(string Name, PulumiValue Value);
