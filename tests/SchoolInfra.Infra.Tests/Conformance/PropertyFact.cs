using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// What a provider accepts for one property, read from its published source: the value kind, whether it is required,
/// nested properties or items, and the validators we could read (enum values, a pattern, a range, conditional
/// requirements). <see cref="File"/> and <see cref="Line"/> point into the provider's source, so a failure can cite it.
/// </summary>
internal sealed class PropertyFact
{
    /// <summary>string, integer, number, boolean, array, map, object, union or any.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "any";

    [JsonPropertyName("required")]
    public bool Required { get; init; }

    [JsonPropertyName("file")]
    public string? File { get; init; }

    [JsonPropertyName("line")]
    public int Line { get; init; }

    /// <summary>The Terraform attribute name, for Terraform-bridged providers.</summary>
    [JsonPropertyName("tfName")]
    public string? TerraformName { get; init; }

    /// <summary>Array and map element.</summary>
    [JsonPropertyName("items")]
    public PropertyFact? Items { get; init; }

    /// <summary>Object properties; null when the facts do not describe the inside of this object.</summary>
    [JsonPropertyName("properties")]
    public Dictionary<string, PropertyFact>? Properties { get; init; }

    /// <summary>Union alternatives: a value fits when it fits one of them.</summary>
    [JsonPropertyName("of")]
    public List<PropertyFact>? Of { get; init; }

    [JsonPropertyName("typeName")]
    public string? TypeName { get; init; }

    [JsonPropertyName("enum")]
    public List<JsonElement>? Enum { get; init; }

    [JsonPropertyName("enumFile")]
    public string? EnumFile { get; init; }

    [JsonPropertyName("enumLine")]
    public int EnumLine { get; init; }

    /// <summary>An azure-native "string | enum" input: the SDK takes any string, the service the listed values.</summary>
    [JsonPropertyName("open")]
    public bool Open { get; init; }

    /// <summary>The value is one of <see cref="Enum"/> or matches <see cref="Pattern"/> (stringvalidator.Any).</summary>
    [JsonPropertyName("enumOrPattern")]
    public bool EnumOrPattern { get; init; }

    [JsonPropertyName("pattern")]
    public string? Pattern { get; init; }

    /// <summary>Where the pattern's text is defined when not at the validator (a constants file).</summary>
    [JsonPropertyName("patternSource")]
    public string? PatternSource { get; init; }

    /// <summary>
    /// Where the validator is when it is not in <see cref="File"/>: e.g. the Terraform provider a Pulumi package
    /// bridges (its schema does not carry validators), as <c>owner/repo@commit path</c>.
    /// </summary>
    [JsonPropertyName("validatorFile")]
    public string? ValidatorFile { get; init; }

    /// <summary>The line of the validator in <see cref="ValidatorFile"/> or <see cref="File"/>, when it differs from the property's line.</summary>
    [JsonPropertyName("validatorLine")]
    public int ValidatorLine { get; init; }

    [JsonPropertyName("minimum")]
    public long? Minimum { get; init; }

    [JsonPropertyName("maximum")]
    public long? Maximum { get; init; }

    [JsonPropertyName("minLength")]
    public int? MinLength { get; init; }

    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; init; }

    /// <summary>The property is required when a sibling has a given value (e.g. validate.RequiredWith).</summary>
    [JsonPropertyName("requiredWhen")]
    public List<RequiredWhenFact>? RequiredWhen { get; init; }

    [JsonPropertyName("unresolved")]
    public string? Unresolved { get; init; }

    [JsonPropertyName("secret")]
    public bool Secret { get; init; }

    /// <summary>The allowed values as text (strings as they are, numbers as written).</summary>
    public IEnumerable<string> EnumValues => (Enum ?? []).Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? string.Empty : e.GetRawText());

    /// <summary>Where this fact was read: <c>file:line</c>, or the validator's line when it has one.</summary>
    public string Where(int line = 0) => line <= 0 && ValidatorFile is not null && ValidatorLine > 0
        ? $"{ValidatorFile}:{ValidatorLine}"
        : $"{File}:{(line > 0 ? line : ValidatorLine > 0 ? ValidatorLine : Line)}";
}
