using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Build.Devices;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Emit;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Build.Devices;

public sealed class DevicesBuilderTests
{
    private static readonly string[] DeviceControls = ["DEV-01", "DEV-02", "DEV-03", "DEV-04", "DEV-05", "DEV-06", "DEV-07", "DEV-08", "DEV-09", "DEV-10", "PWD-03", "FIL-07"];

    private static IEnumerable<DesiredResource> DeviceResources(DesiredState state) =>
        state.Resources.Where(r => (r.Package is "microsoft365" && !r.LogicalName.StartsWith("gsa-", StringComparison.Ordinal)) || r.Package is "jamfpro" or "jamfschool" || r.LogicalName.StartsWith("deviceGroup-", StringComparison.Ordinal));

    [Fact]
    public void Build_ExampleSchool_EveryDeviceResourceHasKnownTypeControlsAndSpan()
    {
        var state = TestSchools.Example().State!;

        var resources = DeviceResources(state).ToList();
        Assert.True(resources.Count >= 20);
        Assert.All(resources, r =>
        {
            Assert.Contains(r.Type, KnownTypes.Resources);
            Assert.NotEmpty(r.Controls);
            Assert.All(r.Controls, c => Assert.Contains(c, DeviceControls));
            Assert.True(r.Source.IsKnown, $"{r.LogicalName} has no source span");
            Assert.Equal("schools/Pulumi.oakfield-primary.yaml", r.Source.File);
        });
    }

    [Fact]
    public void Build_ExampleSchool_DeclaresTheWholeIntuneBaseline()
    {
        var state = TestSchools.Example().State!;

        Assert.Equal(3, state.OfType(Microsoft365Types.SettingsCatalogTemplateJson).Count());
        Assert.Equal(
            ["intune-defender", "intune-firewall", "intune-removableStorage-pupils", "intune-removableStorage-staff"],
            state.OfType(Microsoft365Types.SettingsCatalogConfigurationPolicyJson).Select(r => r.LogicalName));
        Assert.Single(state.OfType(Microsoft365Types.WindowsUpdateRing));
        Assert.Single(state.OfType(Microsoft365Types.WindowsRemediationScript));
        Assert.Single(state.OfType(Microsoft365Types.WindowsDeviceComplianceScript));
        var compliance = Assert.Single(state.OfType(Microsoft365Types.WindowsDeviceCompliancePolicy));
        Assert.Equal(new PulumiExpression("${complianceScript-complianceFirewall.id}"),
            ((PulumiObject)compliance.Properties["deviceCompliancePolicyScript"]!)["deviceComplianceScriptId"]);
    }

    [Fact]
    public void Build_PupilRemovableStoragePolicy_IsAssignedToPupilGroupsOnly()
    {
        var state = TestSchools.Example().State!;

        var pupils = state.Find("intune-removableStorage-pupils")!;
        var assignments = (PulumiList)pupils.Properties["assignments"]!;
        var group = Assert.Single(assignments.Items);
        Assert.Equal(new PulumiExpression("${deviceGroup-pupilLaptops.objectId}"), ((PulumiObject)group)["groupId"]);
    }

    [Fact]
    public void Build_JamfPro_ReferencesTheAdeTokenSecret_NeverItsValue()
    {
        var state = TestSchools.Example().State!;

        var token = state.Find("jamf-adeToken")!;
        Assert.Equal(new PulumiExpression("${jamfAdeToken}"), token.Properties["encodedToken"]);
        var prestage = state.Find("jamf-prestage")!;
        Assert.Equal(new PulumiBool(true), prestage.Properties["supervised"]);
        Assert.Equal(new PulumiBool(false), prestage.Properties["mdmRemovable"]);
    }

    [Fact]
    public void Build_JamfSchool_GivesCheckedNotDeployedNotes_AndNoProfileResources()
    {
        var state = TestSchools.JamfSchool().State!;

        Assert.Empty(state.Resources.Where(r => r.Package is "jamfpro"));
        Assert.Contains(state.Resources, r => r.Type == JamfSchoolTypes.DeviceGroup);
        Assert.Contains(state.Resources, r => r.Type == JamfSchoolTypes.Class);
        Assert.Contains(state.Resources, r => r.Type == JamfSchoolTypes.App);
        var notes = state.Notes.Where(n => n.Kind == NoteKind.CheckedNotDeployed && n.Controls.Any(c => c.StartsWith("DEV-", StringComparison.Ordinal))).ToList();
        Assert.Contains(notes, n => n.Message.StartsWith("Passcode", StringComparison.Ordinal) && n.Controls.Contains("DEV-01"));
        Assert.Contains(notes, n => n.Message.StartsWith("Restrictions", StringComparison.Ordinal) && n.Controls.Contains("DEV-10"));
        Assert.Contains(notes, n => n.Message.Contains("supervised", StringComparison.Ordinal));
        Assert.All(notes, n => Assert.Contains("not deployed", n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_FromEngineWithPlantedSecret_NeverPrintsIt()
    {
        const string planted = "PLANTED-ADE-TOKEN-4f1c0d9e";

        var result = TestSchools.ExampleFromEngine(planted);

        Assert.DoesNotContain(planted, result.Template, StringComparison.Ordinal);
        Assert.Contains("encodedToken: \"${jamfAdeToken}\"", result.Template, StringComparison.Ordinal);
        Assert.All(result.State!.Notes, n => Assert.DoesNotContain(planted, n.Message, StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(planted, d.Format(), StringComparison.Ordinal));
    }

    [Fact]
    public void Emit_DollarInProfileText_IsWrittenAsDoubleDollar()
    {
        var example = TestSchools.Example();
        var config = example.Validated.Config! with { School = example.Validated.Config!.School with { Name = "Cost$ave Academy" } };
        var context = new BuildContext(config, TestSchools.Today, new DiagnosticBag());

        new DevicesBuilder().Build(context);
        var template = PulumiYamlEmitter.Emit(context.ToState("test"), "test");

        // Profile payloads are literal text: Pulumi reads "$$" as "$", so Jamf Pro receives the name unchanged.
        Assert.Contains("<string>Cost$$ave Academy</string>", template, StringComparison.Ordinal);
        Assert.DoesNotContain("Cost$ave", template, StringComparison.Ordinal);
    }
}
