using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Infra.Build.Devices;
using SchoolInfra.Infra.Build.Devices.SettingsCatalog;

namespace SchoolInfra.Infra.Tests.Build.Devices;

public sealed class SettingsCatalogDocumentTests
{
    [Fact]
    public void Write_ChoiceWithTemplateAndChild_IsCanonicalGraphJson()
    {
        var setting = SettingsCatalogSetting.ChoiceOf("parent", "parent_1", SettingsCatalogSetting.NumberOf("child", 30))
            .WithTemplate("instance-id", "value-id");

        Assert.Equal(
            "{\"settings\":[{\"id\":\"0\",\"settingInstance\":{" +
            "\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance\"," +
            "\"choiceSettingValue\":{\"children\":[{" +
            "\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance\"," +
            "\"settingDefinitionId\":\"child\"," +
            "\"simpleSettingValue\":{\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValue\",\"value\":30}}]," +
            "\"settingValueTemplateReference\":{\"settingValueTemplateId\":\"value-id\",\"useTemplateDefault\":false}," +
            "\"value\":\"parent_1\"}," +
            "\"settingDefinitionId\":\"parent\"," +
            "\"settingInstanceTemplateReference\":{\"settingInstanceTemplateId\":\"instance-id\"}}}]}",
            SettingsCatalogDocument.Write([setting]));
    }

    [Fact]
    public void Write_IdsFollowTheSettingsOrder()
    {
        var json = SettingsCatalogDocument.Write([SettingsCatalogSetting.TextOf("a", "x"), SettingsCatalogSetting.ChoicesOf("b", "b_1")]);

        Assert.Contains("{\"id\":\"0\",\"settingInstance\":{\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"id\":\"1\",\"settingInstance\":{\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Defender_FollowsTheDeclaredSettings()
    {
        var json = SettingsCatalogDocument.Write(WindowsSettings.Defender(new DefenderSettings
        {
            CloudProtection = false,
            TamperProtection = false,
            SignatureUpdateHours = 2,
        }));

        Assert.Contains("\"value\":\"device_vendor_msft_policy_config_defender_allowcloudprotection_0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"device_vendor_msft_policy_config_defender_allowrealtimemonitoring_1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"settingDefinitionId\":\"device_vendor_msft_policy_config_defender_signatureupdateinterval\",\"simpleSettingValue\":{\"@odata.type\":\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValue\",\"value\":2}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tamperprotection", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TwiceForTheSameSettings_GivesTheSameBytes()
    {
        Assert.Equal(SettingsCatalogDocument.Write(WindowsSettings.LocalAdministrators()), SettingsCatalogDocument.Write(WindowsSettings.LocalAdministrators()));
    }
}
