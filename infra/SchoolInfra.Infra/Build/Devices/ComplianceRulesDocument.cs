using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// The rules file of an Intune custom-compliance script (<c>{"Rules":[{"SettingName", "Operator", "DataType",
/// "Operand", "RemediationStrings":[...]}]}</c>), generated canonically from the typed rules in the stack file.
/// </summary>
public static class ComplianceRulesDocument
{
    public static string Write(ImmutableArray<ComplianceRule> rules)
    {
        var items = new JsonArray();
        foreach (var rule in rules)
        {
            // As JsonNode: the generic Add<T> is not trim-safe (the native compiler is trimmed).
            items.Add((JsonNode)new JsonObject
            {
                ["SettingName"] = rule.Setting,
                ["Operator"] = rule.Operator.ToString(),
                ["DataType"] = DataType(rule.DataType),
                ["Operand"] = Operand(rule),
                ["RemediationStrings"] = new JsonArray(new JsonObject
                {
                    ["Language"] = "en_US",
                    ["Title"] = rule.Message,
                    ["Description"] = rule.Message,
                }),
            });
        }

        return CanonicalJson.Write(new JsonObject { ["Rules"] = items });
    }

    private static string DataType(ComplianceDataType type) => type switch
    {
        ComplianceDataType.WholeNumber => "Int64",
        ComplianceDataType.DecimalNumber => "Double",
        ComplianceDataType.Text => "String",
        _ => type.ToString(),
    };

    /// <summary>Booleans and whole numbers as JSON values (as in Microsoft's examples); everything else as text.</summary>
    private static JsonValue Operand(ComplianceRule rule) => rule.DataType switch
    {
        ComplianceDataType.Boolean when bool.TryParse(rule.Operand, out var flag) => JsonValue.Create(flag),
        ComplianceDataType.WholeNumber when long.TryParse(rule.Operand, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            => JsonValue.Create(number),
        _ => JsonValue.Create(rule.Operand),
    };
}
