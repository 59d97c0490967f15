using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using static SchoolInfra.Evidence.Tests.Tenant.TenantDrift;
using ReadState = SchoolInfra.Evidence.Observe.ReadState;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>
/// Intune compliance and settings-catalog policies with their assignments, the authentication methods policy and the
/// admins rule's authentication strength, compared with the declared state (issue 10, items 1 and 4).
/// </summary>
public sealed class DeviceAndMethodDriftTests
{
    private const string Firewall = "Oakfield - Windows Firewall";

    private static TenantSnapshot WithPolicy(TenantSnapshot snapshot, string name, Func<ObservedDevicePolicy, ObservedDevicePolicy> change) => snapshot with
    {
        DevicePolicies = [.. snapshot.DevicePolicies.Select(p => p.DisplayName == name ? change(p) : p)],
    };

    [Fact]
    public void Compare_MirrorWithDevicePoliciesAndMethods_FindsNothing()
    {
        Assert.NotEmpty(Declared.DevicePolicies);
        Assert.Contains(Declared.DevicePolicies, p => p.Kind == DevicePolicyKind.Compliance);
        Assert.Empty(Compare(Mirror()).Items);
    }

    [Fact]
    public void Compare_DevicePolicyUnassignedInThePortal_IsChangedAndPutBack()
    {
        var item = Assert.Single(Compare(WithPolicy(Mirror(), Firewall, p => p with { AssignedTo = [] })).Items);
        Assert.Equal("ChangedOutsidePipeline intune-firewall [assignments.groups: 2 -> 0] PutsBack", Describe(item));
        Assert.Equal("It is assigned to nobody, so it applies to no device.", item.Note);
        Assert.Contains("DEV-03", item.Controls);
    }

    [Fact]
    public void Compare_GroupExcludedFromCompliancePolicy_IsChanged()
    {
        var name = Declared.DevicePolicies.First(p => p.Kind == DevicePolicyKind.Compliance).Name;
        var item = Assert.Single(Compare(WithPolicy(Mirror(), name, p => p with { ExcludedFrom = ["group-teaching-laptops"] })).Items);
        Assert.Equal(DriftKind.ChangedOutsidePipeline, item.Kind);
        Assert.Equal("assignments.exclusions", Assert.Single(item.Properties).Path);
        Assert.Equal("Groups were excluded from it outside the pipeline.", item.Note);
    }

    [Fact]
    public void Compare_DevicePolicyGoneFromACompleteRead_IsDeleted()
    {
        var mirror = Mirror();
        var snapshot = mirror with { DevicePolicies = [.. mirror.DevicePolicies.Where(p => p.DisplayName != Firewall)] };
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal("DeletedOutsidePipeline intune-firewall [] CreatesAgain", Describe(item));
    }

    [Fact]
    public void Compare_DevicePolicyNotReturnedByAPartialRead_IsNotCalledDeleted()
    {
        var mirror = Mirror();
        var snapshot = (mirror with { DevicePolicies = [.. mirror.DevicePolicies.Where(p => p.DisplayName != Firewall)] })
            .WithArea(ObservedArea.SettingsCatalog, ReadState.Partial);
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal(DriftKind.Unreadable, item.Kind);
    }

    [Fact]
    public void Compare_SecurityKeysSwitchedOff_BreaksThePhishingResistantAdminsRule()
    {
        var mirror = Mirror();
        var snapshot = mirror with { AuthenticationMethods = [.. mirror.AuthenticationMethods.Select(m => m with { Enabled = m.Id != "Fido2" && m.Enabled })] };
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal("ChangedOutsidePipeline ca-admins-phishing-resistant [authenticationMethodsPolicy.fido2: \"enabled\" -> \"disabled\"] LeavesAlone", Describe(item));
        Assert.Contains("MFA-02", item.Controls);
    }

    [Fact]
    public void Compare_MethodsPolicyNotRead_IsUnreadableNotBroken()
    {
        var mirror = Mirror();
        var snapshot = (mirror with { AuthenticationMethods = [] }).WithArea(ObservedArea.AuthenticationMethods, ReadState.Unknown, "Policy.Read.All");
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal(DriftKind.Unreadable, item.Kind);
    }

    [Fact]
    public void Compare_AdminsRuleStrengthRemovedInThePortal_IsChanged()
    {
        var mirror = Mirror();
        var snapshot = mirror with
        {
            SignInRules = [.. mirror.SignInRules.Select(r => r.AuthenticationStrengthId is null ? r : r with { AuthenticationStrengthId = null, BuiltInControls = ["mfa"] })],
        };
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal(DriftKind.ChangedOutsidePipeline, item.Kind);
        Assert.Contains(item.Properties, p => p.Path == "grantControls.authenticationStrengthPolicyId" && p.Live.Display == "null");
    }
}
