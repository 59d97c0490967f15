namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// The type Pulumi YAML gives a template expression (pulumi-yaml pkg/pulumiyaml/analyser.go, typeExpr): string,
/// number, integer, boolean, array (with its item type), object, a resource (a bare <c>${name}</c>), or any.
/// </summary>
internal sealed record ValueType(string Kind, ValueType? Items = null, string? Detail = null)
{
    public static ValueType Any { get; } = new("any");

    public static ValueType String { get; } = new("string");

    public static ValueType Number { get; } = new("number");

    public static ValueType Boolean { get; } = new("boolean");

    public static ValueType Object { get; } = new("object");

    public static ValueType Resource(string token) => new("resource", null, token);

    public static ValueType Of(string kind) => kind switch
    {
        "string" => String,
        "number" => Number,
        "boolean" => Boolean,
        "object" or "map" => Object,
        "array" => new("array", Any),
        "integer" => new("integer"),
        _ => Any,
    };

    public override string ToString() => Kind switch
    {
        "array" => $"a list of {Items}",
        "resource" => $"a resource ({Detail})",
        "integer" => "an integer",
        "any" => "any value",
        "object" => "an object",
        _ => $"a {Kind}",
    };
}
