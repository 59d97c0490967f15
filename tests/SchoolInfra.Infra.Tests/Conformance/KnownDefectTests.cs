namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// The five defects the pinned providers rejected in the example school's template (issue 8), each put back into the
/// emitted template on its own: the conformance check must fail, naming the property and the provider source line
/// that rejects it. If the builders ever emit one of them again, the conformance tests fail the same way.
/// </summary>
public sealed class KnownDefectTests
{
    public static TheoryData<string, string, string, string[]> Defects { get; } = new()
    {
        {
            "Global Secure Access policy link: policyType outside the provider's OneOf",
            "policyType: \"web_filtering\"",
            "policyType: \"web_filtering_policy\"",
            ["gsa-youngPupils-link.policyType", "\"web_filtering_policy\" is not an allowed value", "web_filtering",
                "microsoft365 0.57.1-alpha internal/services/resources/identity_and_access/graph_beta/network_filtering_profile_policy_link/resource.go:132"]
        },
        {
            "Windows update ring: automaticUpdateMode in the wrong case",
            "automaticUpdateMode: \"autoInstallAtMaintenanceTime\"",
            "automaticUpdateMode: \"AutoInstallAtMaintenanceTime\"",
            ["updateRing-broad.automaticUpdateMode", "(did you mean \"autoInstallAtMaintenanceTime\"?)",
                "microsoft365 0.57.1-alpha internal/services/resources/device_management/graph_beta/windows_update_ring/resource.go:187"]
        },
        {
            "Windows update ring: maintenance-time mode without the active hours it requires",
            "      activeHoursStart: \"07:00:00\"\n      activeHoursEnd: \"18:00:00\"\n",
            string.Empty,
            ["updateRing-broad.activeHoursStart: \"activeHoursStart\" is required when automaticUpdateMode is \"autoInstallAtMaintenanceTime\"",
                "windows_update_ring/resource.go:229",
                "updateRing-broad.activeHoursEnd: \"activeHoursEnd\" is required when automaticUpdateMode is \"autoInstallAtMaintenanceTime\"",
                "windows_update_ring/resource.go:242"]
        },
        {
            "Jamf Pro smart group: criteria not pluralised",
            "criterias:",
            "criteria:",
            ["jamf-group-pupilIpads.criteria", "has no property \"criteria\" (did you mean \"criterias\"?)",
                "jamfpro 0.41.0 internal/services/smart_mobile_device_group_v1/resource_schema.go:66"]
        },
        {
            "Jamf Pro PreStage: locationInformation not pluralised",
            "locationInformations:",
            "locationInformation:",
            ["jamf-prestage.locationInformation", "has no property \"locationInformation\" (did you mean \"locationInformations\"?)",
                "jamf-prestage.locationInformations: required property \"locationInformations\"",
                "jamfpro 0.41.0 internal/services/mobile_device_prestage_enrollment/resource_schema.go:345"]
        },
        {
            "Jamf Pro profile scope: a group's string id where the provider takes integers",
            "- \"${jamf-group-pupilIpads-jamfId}\"",
            "- \"${jamf-group-pupilIpads.id}\"",
            ["jamf-passcode.scope.mobileDeviceGroupIds[0]", "a string (${jamf-group-pupilIpads.id}) is given where the provider takes an integer",
                "jamfpro 0.41.0 internal/common/shared_schemas/mobile_device_scope.go:24"]
        },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Template_WithAKnownDefectPutBack_FailsNamingThePropertyAndTheProviderLine(string defect, string fixedText, string defectText, string[] expected)
    {
        var result = TestSchools.Example();
        var template = result.Template!;
        Assert.Contains(fixedText, template, StringComparison.Ordinal);
        var broken = template.Replace(fixedText, defectText, StringComparison.Ordinal);

        var failures = SchoolConformance.Check(result, ExampleSchool.Text, broken);

        var messages = string.Join("\n", failures.Select(f => f.Format()));
        Assert.True(failures.Count > 0, $"{defect}: the check did not notice");
        Assert.All(expected, e => Assert.Contains(e, messages, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.StartsWith("schools/Pulumi.oakfield-primary.yaml:", f.StackFile, StringComparison.Ordinal));
    }
}
