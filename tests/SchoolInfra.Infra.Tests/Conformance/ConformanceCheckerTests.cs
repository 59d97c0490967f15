namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// The type rules the checker takes from Pulumi YAML (PulumiYamlTypeRules.md) and the provider facts, each on a
/// small template: what passes, and what fails with which message.
/// </summary>
public sealed class ConformanceCheckerTests
{
    private const string Group = "azuread:index/group:Group";

    private static List<string> Check(string resources, string variables = "")
    {
        var template = "name: t\n" + (variables.Length > 0 ? "variables:\n" + variables : string.Empty) + "resources:\n" + resources;
        return [.. new ConformanceChecker(ProviderFacts.Pinned)
            .Check(template, new Dictionary<string, string>(), ["jamfAdeToken"], RepoPaths.Root)
            .Select(f => f.Format())];
    }

    private static string GroupWith(string properties) =>
        $"  g:\n    type: {Group}\n    properties:\n      displayName: \"Staff\"\n{properties}";

    [Fact]
    public void Check_NumbersBooleansAndResourcesIntoAString_Pass() =>
        Assert.Empty(Check(GroupWith("      description: 5\n") + "  h:\n    type: " + Group + "\n    properties:\n      displayName: \"${g}\"\n      description: true\n"));

    [Fact]
    public void Check_StringLiteralIntoAnInteger_FailsNamingTheProviderLine()
    {
        var failures = Check("  app:\n    type: jamfschool:index/app:App\n    properties:\n      adamId: \"5\"\n      countryCode: \"gb\"\n");
        var failure = Assert.Single(failures);
        Assert.Contains("app.adamId: a string is given where the provider takes an integer", failure, StringComparison.Ordinal);
        Assert.Contains("jamfschool 0.1.2 internal/resources/app/resource.go:52", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InterpolatedStringIntoAnInteger_Fails() =>
        Assert.Contains(Check(GroupWith(string.Empty) + "  app:\n    type: jamfschool:index/app:App\n    properties:\n      adamId: \"${g.objectId}0\"\n      countryCode: \"gb\"\n"),
            f => f.Contains("app.adamId: a string (${g.objectId}0) is given where the provider takes an integer", StringComparison.Ordinal));

    [Fact]
    public void Check_BooleanIntoAnInteger_Fails() =>
        Assert.Contains(Check("  app:\n    type: jamfschool:index/app:App\n    properties:\n      adamId: true\n      countryCode: \"gb\"\n"),
            f => f.Contains("a boolean is given where the provider takes an integer", StringComparison.Ordinal));

    [Fact]
    public void Check_ValidatorsOnLiterals_FailOutsideTheirRange()
    {
        var failures = Check("  app:\n    type: jamfschool:index/app:App\n    properties:\n      adamId: 0\n      countryCode: \"gbr\"\n");
        Assert.Contains(failures, f => f.Contains("app.adamId: 0 is outside 1..", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("app.countryCode: \"gbr\" has 3 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownNestedProperty_FailsWithTheKnownNames() =>
        Assert.Contains(Check(GroupWith("      dynamicMembership:\n        enabled: true\n        rule: \"x\"\n        rules: \"y\"\n")),
            f => f.Contains("g.dynamicMembership.rules:", StringComparison.Ordinal) && f.Contains("has no property \"rules\" (did you mean \"rule\"?)", StringComparison.Ordinal));

    [Fact]
    public void Check_MissingRequiredProperty_FailsAtEveryDepth()
    {
        var failures = Check($"  g:\n    type: {Group}\n    properties:\n      dynamicMembership:\n        enabled: true\n");
        Assert.Contains(failures, f => f.Contains("g.displayName: required property \"displayName\"", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("g.dynamicMembership.rule: required property \"rule\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TypeWithoutFacts_Fails() =>
        Assert.Contains(Check("  u:\n    type: azuread:index/user:User\n    properties:\n      displayName: \"x\"\n"),
            f => f.Contains("u.type: type \"azuread:index/user:User\" has no facts", StringComparison.Ordinal));

    [Fact]
    public void Check_PackageWithoutFacts_Fails() =>
        Assert.Contains(Check("  b:\n    type: aws:s3/bucket:Bucket\n"), f => f.Contains("package \"aws\" has no facts at all", StringComparison.Ordinal));

    [Fact]
    public void Check_ClosedEnum_IsCaseSensitive() =>
        Assert.Contains(Check("  s:\n    type: jamfschool:index/deviceGroup:DeviceGroup\n    properties:\n      name: \"x\"\n      showInIosApp: \"List\"\n"),
            f => f.Contains("\"List\" is not an allowed value", StringComparison.Ordinal) && f.Contains("(did you mean \"list\"?)", StringComparison.Ordinal));

    [Fact]
    public void Check_OpenEnum_TakesNewValuesButNotAListedValueInAnotherCase()
    {
        var rule = "  r:\n    type: azure-native:dnsresolver:DnsSecurityRule\n    properties:\n      resourceGroupName: \"rg\"\n      dnsResolverPolicyName: \"p\"\n" +
            "      priority: 100\n      action:\n        actionType: \"Block\"\n      dnsResolverDomainLists: []\n      dnsSecurityRuleState: ";
        Assert.Empty(Check(rule + "\"Paused\"\n"));
        Assert.Contains(Check(rule + "\"enabled\"\n"), f => f.Contains("(did you mean \"Enabled\"?)", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Union_TakesWhatOneAlternativeTakes()
    {
        var policy = "  p:\n    type: azure-native:recoveryservices:ProtectionPolicy\n    properties:\n      resourceGroupName: \"rg\"\n      vaultName: \"v\"\n      properties:\n";
        Assert.Empty(Check(policy + "        backupManagementType: \"AzureStorage\"\n        workLoadType: \"AzureFileShare\"\n        timeZone: \"GMT Standard Time\"\n"));
        Assert.NotEmpty(Check(policy + "        backupManagementType: \"AzureStorage\"\n        instantRpRetentionRangeInDays: 2\n"));
    }

    [Fact]
    public void Check_References_MustResolve()
    {
        var failures = Check(GroupWith("      description: \"${nobody.id}\"\n      mailNickname: \"${g.noSuchOutput}\"\n      theme: \"${jamfAdeToken}\"\n"));
        Assert.Contains(failures, f => f.Contains("${nobody.id} does not resolve", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("${g.noSuchOutput} names no output \"noSuchOutput\"", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("jamfAdeToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Options_MustBeKnownAndDependOnResources()
    {
        var failures = Check(GroupWith("    options:\n      protect: true\n      dependsOn:\n        - \"${v}\"\n        - \"${missing}\"\n      protekt: true\n      ignoreChanges:\n        - \"nope\"\n"),
            "  v:\n    fn::secret: \"x\"\n");
        Assert.Contains(failures, f => f.Contains("g.options.dependsOn[0]: dependsOn entry \"${v}\" is not ${resource}", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("g.options.dependsOn[1]", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("\"protekt\" is not a resource option", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ignoreChanges names \"nope\"", StringComparison.Ordinal));
        Assert.Equal(4, failures.Count);
    }

    [Fact]
    public void Check_Invoke_NeedsAKnownFunctionArgumentsAndReturn()
    {
        var failures = Check(GroupWith(string.Empty),
            "  a:\n    fn::invoke:\n      function: \"azuread:index/getUser:getUser\"\n      arguments:\n        upn: \"x\"\n      return: \"objectID\"\n" +
            "  b:\n    fn::invoke:\n      function: \"azuread:index/getUsers:getUsers\"\n" +
            "  c:\n    fn::invoke:\n      function: \"azuread:index/getUser:getUser\"\n      return: \"noSuchOutput\"\n");
        Assert.Contains(failures, f => f.StartsWith("a.fn::invoke.arguments.upn: azuread:index/getUser:getUser arguments has no property \"upn\"", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.StartsWith("a.fn::invoke.return", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("function \"azuread:index/getUsers:getUsers\" has no facts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("has no output \"noSuchOutput\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_InvokeReturn_TypesTheVariable()
    {
        var scope = "  p:\n    type: jamfpro:index/mobileDeviceConfigurationProfilePlist:MobileDeviceConfigurationProfilePlist\n    properties:\n      name: \"x\"\n" +
            "      payloads: \"x\"\n      redeployOnUpdate: \"All\"\n      scope:\n        mobileDeviceGroupIds:\n          - \"${id}\"\n";
        Assert.Empty(Check(scope, "  id:\n    fn::invoke:\n      function: \"std:index:parseint\"\n      arguments:\n        input: \"12\"\n      return: \"result\"\n"));
        Assert.Contains(Check(scope, "  id:\n    fn::invoke:\n      function: \"azuread:index/getUser:getUser\"\n      arguments:\n        objectId: \"12\"\n      return: \"objectId\"\n"),
            f => f.Contains("a string (${id}) is given where the provider takes an integer", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReadFile_MustNameAFileOfTheProgram() =>
        Assert.Contains(Check(GroupWith("      description:\n        fn::readFile: \"./schools/no-such-file.ps1\"\n")),
            f => f.Contains("fn::readFile names \"./schools/no-such-file.ps1\"", StringComparison.Ordinal));

    [Fact]
    public void Check_BridgedValidator_CitesTheTerraformProviderLine()
    {
        var failures = Check("  ca:\n    type: azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy\n    properties:\n      displayName: \"x\"\n" +
            "      state: \"Enabled\"\n      conditions:\n        clientAppTypes:\n          - \"all\"\n        applications:\n          includedApplications:\n            - \"All\"\n" +
            "        users:\n          includedUsers:\n            - \"All\"\n      grantControls:\n        operator: \"or\"\n        builtInControls:\n          - \"mfa\"\n");
        Assert.Contains(failures, f => f.Contains("ca.state: \"Enabled\" is not an allowed value", StringComparison.Ordinal)
            && f.Contains("azuread 6.9.1 hashicorp/terraform-provider-azuread@38d1993a internal/services/conditionalaccess/conditional_access_policy_resource.go:71", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ca.grantControls.operator: \"or\"", StringComparison.Ordinal) && f.Contains("(did you mean \"OR\"?)", StringComparison.Ordinal));
        Assert.Equal(2, failures.Count);
    }
}
