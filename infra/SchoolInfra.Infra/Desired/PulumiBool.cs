namespace SchoolInfra.Infra.Desired;

public sealed record PulumiBool(bool Value) : PulumiValue;
