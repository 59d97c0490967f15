using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace SchoolInfra.Infra.Build.Devices.SettingsCatalog;

/// <summary>
/// One Intune settings-catalog setting, typed: its settingDefinitionId, its value (a choice option id, a whole number,
/// text, or collections of them) and the child settings that apply under a choice. <see cref="ToJson"/> gives the
/// Graph <c>settingInstance</c> object; <see cref="SettingsCatalogDocument"/> writes a policy's settings canonically.
/// </summary>
public sealed record SettingsCatalogSetting
{
    private const string GraphType = "#microsoft.graph.deviceManagementConfiguration";

    public required string DefinitionId { get; init; }

    public required SettingKind Kind { get; init; }

    /// <summary>Choice: the option id, e.g. <c>device_vendor_msft_bitlocker_requiredeviceencryption_1</c>.</summary>
    public string? Choice { get; init; }

    public long? Number { get; init; }

    public string? Text { get; init; }

    /// <summary>TextCollection and ChoiceCollection values, in order.</summary>
    public ImmutableArray<string> Values { get; init; } = [];

    /// <summary>Choice: the settings that apply under the chosen option.</summary>
    public ImmutableArray<SettingsCatalogSetting> Children { get; init; } = [];

    /// <summary>GroupCollection: each group's child settings.</summary>
    public ImmutableArray<ImmutableArray<SettingsCatalogSetting>> Groups { get; init; } = [];

    public SettingTemplateReference? Template { get; init; }

    public static SettingsCatalogSetting ChoiceOf(string definitionId, string option, params SettingsCatalogSetting[] children) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.Choice, Choice = option, Children = [.. children] };

    public static SettingsCatalogSetting NumberOf(string definitionId, long value) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.WholeNumber, Number = value };

    public static SettingsCatalogSetting TextOf(string definitionId, string value) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.Text, Text = value };

    public static SettingsCatalogSetting TextsOf(string definitionId, IEnumerable<string> values) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.TextCollection, Values = [.. values] };

    public static SettingsCatalogSetting ChoicesOf(string definitionId, params string[] options) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.ChoiceCollection, Values = [.. options] };

    public static SettingsCatalogSetting GroupsOf(string definitionId, params ImmutableArray<SettingsCatalogSetting>[] groups) =>
        new() { DefinitionId = definitionId, Kind = SettingKind.GroupCollection, Groups = [.. groups] };

    public SettingsCatalogSetting WithTemplate(string instanceTemplateId, string? valueTemplateId = null) =>
        this with { Template = new SettingTemplateReference(instanceTemplateId, valueTemplateId) };

    /// <summary>The Graph settingInstance object. Absent optional parts are left out, never written as null.</summary>
    public JsonObject ToJson()
    {
        var instance = new JsonObject { ["settingDefinitionId"] = DefinitionId };
        switch (Kind)
        {
            case SettingKind.Choice:
                instance["@odata.type"] = GraphType + "ChoiceSettingInstance";
                instance["choiceSettingValue"] = ChoiceValue(Choice ?? string.Empty, Children);
                break;
            case SettingKind.WholeNumber:
                instance["@odata.type"] = GraphType + "SimpleSettingInstance";
                instance["simpleSettingValue"] = SimpleValue("IntegerSettingValue", JsonValue.Create(Number ?? 0));
                break;
            case SettingKind.Text:
                instance["@odata.type"] = GraphType + "SimpleSettingInstance";
                instance["simpleSettingValue"] = SimpleValue("StringSettingValue", JsonValue.Create(Text ?? string.Empty));
                break;
            case SettingKind.TextCollection:
                instance["@odata.type"] = GraphType + "SimpleSettingCollectionInstance";
                instance["simpleSettingCollectionValue"] = new JsonArray([.. Values.Select(v => (JsonNode)new JsonObject
                {
                    ["@odata.type"] = GraphType + "StringSettingValue",
                    ["value"] = v,
                })]);
                break;
            case SettingKind.ChoiceCollection:
                instance["@odata.type"] = GraphType + "ChoiceSettingCollectionInstance";
                instance["choiceSettingCollectionValue"] = new JsonArray([.. Values.Select(v => (JsonNode)ChoiceValue(v, []))]);
                break;
            case SettingKind.GroupCollection:
                instance["@odata.type"] = GraphType + "GroupSettingCollectionInstance";
                instance["groupSettingCollectionValue"] = new JsonArray([.. Groups.Select(g => (JsonNode)new JsonObject
                {
                    ["children"] = new JsonArray([.. g.Select(c => (JsonNode)c.ToJson())]),
                })]);
                break;
            default:
                throw new InvalidOperationException($"Unknown setting kind {Kind}.");
        }

        if (Template is { } template)
        {
            instance["settingInstanceTemplateReference"] = new JsonObject { ["settingInstanceTemplateId"] = template.InstanceTemplateId };
        }

        return instance;
    }

    private JsonObject ChoiceValue(string option, ImmutableArray<SettingsCatalogSetting> children)
    {
        var value = new JsonObject
        {
            ["value"] = option,
            ["children"] = new JsonArray([.. children.Select(c => (JsonNode)c.ToJson())]),
        };
        AddValueTemplate(value);
        return value;
    }

    private JsonObject SimpleValue(string valueType, JsonNode value)
    {
        var simple = new JsonObject { ["@odata.type"] = GraphType + valueType, ["value"] = value };
        AddValueTemplate(simple);
        return simple;
    }

    private void AddValueTemplate(JsonObject value)
    {
        if (Template?.ValueTemplateId is { } id)
        {
            value["settingValueTemplateReference"] = new JsonObject { ["settingValueTemplateId"] = id, ["useTemplateDefault"] = false };
        }
    }
}
