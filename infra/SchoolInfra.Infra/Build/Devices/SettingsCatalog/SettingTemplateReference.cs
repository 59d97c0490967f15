
namespace SchoolInfra.Infra.Build.Devices.SettingsCatalog;

/// <summary>
/// Where a setting sits in an endpoint-security template: the setting-instance template id and, for choice and simple
/// values, the value template id. Only template policies carry these.
/// </summary>
public sealed record SettingTemplateReference(string InstanceTemplateId, string? ValueTemplateId = null);
