using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using SchoolInfra.Core.Model;

namespace SchoolInfra.Core.Config;

/// <summary>
/// Writes the JSON Schema (draft-07) of a school's stack file from the same record types the binder uses, so
/// editors complete and check <c>schoolinfra:*</c> keys as they are typed (yaml-language-server reads the
/// <c># yaml-language-server: $schema=</c> line at the top of the stack file).
/// </summary>
public static class ConfigSchemaWriter
{
    public const string FileName = "schoolinfra.schema.json";

    public static string Write()
    {
        var config = new JsonObject();
        var shape = ConfigShape.Of(typeof(SchoolConfig));
        var required = new JsonArray();
        foreach (var property in shape.Properties)
        {
            var key = $"{ConfigSource.Namespace}:{property.Name}";
            config[key] = property.IsSecret ? SecretSchema(property.Description) : PropertySchema(property);
            if (property.IsRequired)
            {
                required.Add((JsonNode?)key);
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://schoolinfra.example/schema/stack-file.json",
            ["title"] = "SchoolInfra school stack file (Pulumi.<stack>.yaml)",
            ["description"] = "A school's declared settings. Generated from the SchoolInfra config model: do not edit by hand.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["config"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = config,
                    ["required"] = required,
                    // Other namespaces (azure-native:location, azuread:tenantId...) configure Pulumi providers.
                    ["patternProperties"] = new JsonObject { ["^(?!schoolinfra:)[A-Za-z0-9_.-]+:"] = new JsonObject() },
                    ["additionalProperties"] = false,
                },
                ["encryptionsalt"] = new JsonObject { ["type"] = "string" },
                ["encryptedkey"] = new JsonObject { ["type"] = "string" },
                ["secretsprovider"] = new JsonObject { ["type"] = "string" },
                ["environment"] = new JsonObject(),
            },
            ["required"] = new JsonArray("config"),
            ["additionalProperties"] = false,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject SecretSchema(string? description) => WithDescription(new JsonObject
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { ["secure"] = new JsonObject { ["type"] = "string" } },
        ["required"] = new JsonArray("secure"),
        ["additionalProperties"] = false,
    }, description);

    private static JsonObject PropertySchema(ConfigProperty property)
    {
        var value = ValueSchema(property, property.ValueType);
        var schema = property.IsList ? new JsonObject { ["type"] = "array", ["items"] = value } : value;
        return WithDescription(schema, property.Description);
    }

    private static JsonObject ValueSchema(ConfigProperty property, Type type)
    {
        if (ConfigShape.IsRecord(type))
        {
            return RecordSchema(type);
        }

        if (type.IsEnum)
        {
            return new JsonObject { ["enum"] = new JsonArray([.. ConfigNaming.EnumValues(type).Select(v => (JsonNode?)JsonValue.Create(v))]) };
        }

        if (type == typeof(int) || type == typeof(long))
        {
            var schema = new JsonObject { ["type"] = "integer" };
            if (property.Range is { } range)
            {
                schema["minimum"] = Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture);
                var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
                if (max < long.MaxValue)
                {
                    schema["maximum"] = (long)max;
                }
            }

            return schema;
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date" };
        }

        var text = new JsonObject { ["type"] = "string" };
        if (property.Length is { } length)
        {
            text["minLength"] = length.MinimumLength;
            text["maxLength"] = length.MaximumLength;
        }

        if (property.Format is { } format)
        {
            text["description"] = ValueFormats.Describe(format);
        }

        return text;
    }

    private static JsonObject RecordSchema(Type type)
    {
        var shape = ConfigShape.Of(type);
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in shape.Properties)
        {
            properties[property.Name] = PropertySchema(property);
            if (property.IsRequired)
            {
                required.Add((JsonNode?)property.Name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject WithDescription(JsonObject schema, string? description)
    {
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }
}
