using System.Globalization;
using System.Text.Json.Nodes;
using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Build.Devices.SettingsCatalog;

/// <summary>
/// The <c>settings</c> JSON string the microsoft365 settings-catalog resources take:
/// <c>{"settings":[{"id":"0","settingInstance":{...}}]}</c> (provider docs, settings_catalog_template_json), canonical.
/// </summary>
public static class SettingsCatalogDocument
{
    public static string Write(IEnumerable<SettingsCatalogSetting> settings)
    {
        var items = new JsonArray();
        var id = 0;
        foreach (var setting in settings)
        {
            // As JsonNode: the generic Add<T> is not trim-safe (the native compiler is trimmed).
            items.Add((JsonNode)new JsonObject
            {
                ["id"] = (id++).ToString(CultureInfo.InvariantCulture),
                ["settingInstance"] = setting.ToJson(),
            });
        }

        return CanonicalJson.Write(new JsonObject { ["settings"] = items });
    }
}
