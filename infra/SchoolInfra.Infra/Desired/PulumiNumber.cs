using System.Globalization;

namespace SchoolInfra.Infra.Desired;

public sealed record PulumiNumber(long Value) : PulumiValue
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
