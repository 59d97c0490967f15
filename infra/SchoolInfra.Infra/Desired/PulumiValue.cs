using System.Collections.Immutable;

namespace SchoolInfra.Infra.Desired;

/// <summary>
/// A value in a Pulumi YAML template. Literal text is <see cref="PulumiText"/> (its <c>$</c> is escaped on output);
/// references are <see cref="PulumiExpression"/> (written as-is, e.g. <c>${staff.objectId}</c>).
/// </summary>
public abstract record PulumiValue
{
    public static PulumiValue Text(string value) => new PulumiText(value);

    public static PulumiValue Ref(string resource, string property) => new PulumiExpression($"${{{resource}.{property}}}");

    public static PulumiValue Ref(string name) => new PulumiExpression($"${{{name}}}");

    public static PulumiValue Bool(bool value) => new PulumiBool(value);

    public static PulumiValue Number(long value) => new PulumiNumber(value);

    public static PulumiValue List(IEnumerable<PulumiValue> items) => new PulumiList([.. items]);

    public static PulumiValue List(params PulumiValue[] items) => new PulumiList([.. items]);

    public static PulumiValue TextList(IEnumerable<string> items) => new PulumiList([.. items.Select(Text)]);

    /// <summary>An ordered object; entries whose value is null are left out (optional properties).</summary>
    public static PulumiObject Map(params (string Key, PulumiValue? Value)[] entries)
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, PulumiValue>>(entries.Length);
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                builder.Add(new(key, value));
            }
        }

        return new PulumiObject(builder.ToImmutable());
    }
}
