namespace SchoolInfra.Infra.Desired;

public sealed record PulumiText(string Value) : PulumiValue;
