namespace SchoolInfra.Infra.Desired;

public sealed record PulumiExpression(string Expression) : PulumiValue;
