using System.Collections.Immutable;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Typed reads of Pulumi's JSON with diagnostics: a field of the wrong kind is an error naming the field and where
/// it is; an absent optional field reads as null. Readers validate at this edge and trust what they built after.
/// </summary>
internal sealed class JsonShape(JsonPositions positions, DiagnosticBag diagnostics)
{
    public JsonPositions Positions { get; } = positions;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public bool Failed { get; private set; }

    public void Error(Diagnostic diagnostic)
    {
        Failed = true;
        Diagnostics.Add(diagnostic);
    }

    public SourceSpan At(JsonPath path) => Positions.At(path);

    /// <summary>An object-valued field; null when absent or JSON null; an error when of another kind.</summary>
    public JsonElement? Object(JsonElement parent, string name, JsonPath at) => Field(parent, name, at, JsonValueKind.Object, "an object");

    /// <summary>An array-valued field; null when absent or JSON null; an error when of another kind.</summary>
    public JsonElement? Array(JsonElement parent, string name, JsonPath at) => Field(parent, name, at, JsonValueKind.Array, "a list");

    /// <summary>A string field; null when absent or JSON null; an error when of another kind.</summary>
    public string? String(JsonElement parent, string name, JsonPath at) =>
        Field(parent, name, at, JsonValueKind.String, "text") is { } e ? e.GetString() : null;

    /// <summary>A required string field: an error when missing.</summary>
    public string RequiredString(JsonElement parent, string name, JsonPath at, string what)
    {
        var value = String(parent, name, at);
        if (value is null)
        {
            Error(PulumiDiagnostics.MissingField(At(at), what, name));
        }

        return value ?? string.Empty;
    }

    public bool Bool(JsonElement parent, string name, JsonPath at)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(PulumiDiagnostics.WrongShape(At(at.Property(name)), name, "true or false", Describe(value)));
        return false;
    }

    public long? Number(JsonElement parent, string name, JsonPath at)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        Error(PulumiDiagnostics.WrongShape(At(at.Property(name)), name, "a whole number", Describe(value)));
        return null;
    }

    /// <summary>A list of strings (e.g. <c>diffReasons</c>); empty when absent.</summary>
    public ImmutableArray<string> Strings(JsonElement parent, string name, JsonPath at)
    {
        if (Array(parent, name, at) is not { } array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                builder.Add(item.GetString() ?? string.Empty);
            }
            else
            {
                Error(PulumiDiagnostics.WrongShape(At(at.Property(name).Index(i)), name, "a list of text", $"a list holding {Describe(item)}"));
            }

            i++;
        }

        return builder.ToImmutable();
    }

    /// <summary>A map of counts (<c>changeSummary</c>, <c>resourceChanges</c>); empty when absent.</summary>
    public ImmutableDictionary<string, int> Counts(JsonElement parent, string name, JsonPath at)
    {
        if (Object(parent, name, at) is not { } map)
        {
            return ImmutableDictionary<string, int>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Number && entry.Value.TryGetInt32(out var count) && count >= 0)
            {
                builder[entry.Name] = count;
            }
            else
            {
                Error(PulumiDiagnostics.WrongShape(At(at.Property(name).Property(entry.Name)), entry.Name, "a count", Describe(entry.Value)));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>How messages describe a JSON value's kind.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "missing",
    };

    private JsonElement? Field(JsonElement parent, string name, JsonPath at, JsonValueKind kind, string expected)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == kind)
        {
            return value;
        }

        Error(PulumiDiagnostics.WrongShape(At(at.Property(name)), name, expected, Describe(value)));
        return null;
    }
}
