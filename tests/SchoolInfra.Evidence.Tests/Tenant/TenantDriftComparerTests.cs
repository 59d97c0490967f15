using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Testing.Fakes;
using static SchoolInfra.Evidence.Tests.Tenant.TenantDrift;
using ReadState = SchoolInfra.Evidence.Observe.ReadState;

namespace SchoolInfra.Evidence.Tests.Tenant;

public sealed class TenantDriftComparerTests
{
    [Fact]
    public void Declared_ExampleSchool_FindsItsRulesGroupsAndAccounts()
    {
        Assert.Contains(Declared.SignInRules, r => r.Resource.LogicalName == "ca-require-mfa" && r.State == "enabled");
        Assert.Equal(2, Declared.BreakGlass.Length);
        var admins = Assert.Single(Declared.Groups, g => g.Administrators);
        Assert.Equal<string>(["adm-technician1@oakfield-primary.example", "adm-technician2@oakfield-primary.example"], admins.Members);
        Assert.All(Declared.SignInRules.Where(r => r.Resource.Type.StartsWith("azuread", StringComparison.Ordinal)),
            r => Assert.Equal<string>(Declared.BreakGlass, r.ExcludedUsers));
        Assert.NotEmpty(Declared.FilteringProfiles);
        Assert.NotEmpty(Declared.JamfProfiles);
        Assert.All(Declared.JamfProfiles, p => Assert.NotEmpty(p.Settings));
    }

    [Fact]
    public void Compare_SnapshotMirroringTheDeclaredState_GivesNoItems()
    {
        var observation = Compare(Mirror());
        Assert.Empty(observation.Items.Select(Describe));
        Assert.Equal(ObservationKind.MicrosoftGraph, observation.Source.Kind);
        Assert.Equal(MirrorTenant.ReadAt, observation.Source.ObservedAt);
    }

    [Fact]
    public void Compare_UnmanagedRuleExcludingSlt_SaysItExcludesSltFromMfa()
    {
        var mirror = Mirror();
        var rule = new ObservedSignInRule("ca-portal-1", "MFA for staff (portal)", SignInRuleState.Enabled, ["All"], [],
            [], [MirrorTenant.GroupId("slt")], [], [], ["All"], [], ["all"], [], [], "OR", ["mfa"], null, null);
        var item = Assert.Single(Compare(mirror with { SignInRules = mirror.SignInRules.Add(rule) }).Items);

        Assert.Equal((DriftKind.Unmanaged, NextDeploy.LeavesAlone, DriftSeverity.High), (item.Kind, item.NextDeploy, item.Severity));
        Assert.StartsWith("Excludes Senior leadership team from MFA.", item.Note, StringComparison.Ordinal);
        Assert.Contains("MFA-01", item.Controls);
        Assert.Contains("MFA-04", item.Controls);
        Assert.Equal("MFA for staff (portal)", item.Resource.DisplayName);
        Assert.False(item.Resource.IsDeclared);
    }

    [Fact]
    public void Compare_UnmanagedRuleSwitchedOff_IsLow()
    {
        var mirror = Mirror();
        var rule = new ObservedSignInRule("ca-portal-2", "Old test rule", SignInRuleState.Disabled, ["All"], [], [], [], [], [], ["All"], [], ["all"], [], [], "OR", ["block"], null, null);
        var item = Assert.Single(Compare(mirror with { SignInRules = mirror.SignInRules.Add(rule) }).Items);
        Assert.Equal(DriftSeverity.Low, item.Severity);
        Assert.EndsWith("It is switched off.", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ManagedRuleSwitchedToReportOnly_IsChangedAndPutBack()
    {
        var mirror = Mirror();
        var rules = mirror.SignInRules.Select(r => r.Id == "ca-ca-require-mfa" ? r with { State = SignInRuleState.ReportOnly } : r);
        var item = Assert.Single(Compare(mirror with { SignInRules = [.. rules] }).Items);

        Assert.Equal("ChangedOutsidePipeline ca-require-mfa [state: \"enabled\" -> \"enabledForReportingButNotEnforced\"] PutsBack", Describe(item));
        Assert.Equal("It was switched to report-only, so it enforces nothing.", item.Note);
        Assert.Contains("MFA-01", item.Controls);
        Assert.Equal(DriftSeverity.High, item.Severity);
        Assert.True(item.Resource.Source.IsKnown);
    }

    [Fact]
    public void Compare_ManagedRuleExcludingAGroup_NamesTheGroupAndTheGap()
    {
        var mirror = Mirror();
        var rules = mirror.SignInRules.Select(r => r.Id == "ca-ca-require-mfa" ? r with { ExcludeGroups = [MirrorTenant.GroupId("slt")] } : r);
        var item = Assert.Single(Compare(mirror with { SignInRules = [.. rules] }).Items);

        Assert.Equal("ChangedOutsidePipeline ca-require-mfa [conditions.users.excludedGroups: (not set) -> [\"slt\"]] PutsBack", Describe(item));
        Assert.Equal("It now excludes Senior leadership team from MFA.", item.Note);
    }

    [Fact]
    public void Compare_ExtraGlobalAdministrator_IsUnmanagedAndHigh()
    {
        var mirror = Mirror();
        var extra = new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", MirrorTenant.User("business.manager@oakfield-primary.example"), "/");
        var item = Assert.Single(Compare(mirror with { RoleHolders = mirror.RoleHolders.Add(extra) }).Items);

        Assert.Equal((DriftKind.Unmanaged, DriftSeverity.High), (item.Kind, item.Severity));
        Assert.Equal<string>(["CHG-04", "IAM-04"], item.Controls);
        Assert.Equal("business.manager@oakfield-primary.example as Global Administrator", item.Resource.DisplayName);
        Assert.StartsWith("The administrator role \"business.manager@oakfield-primary.example as Global Administrator\" exists in the live system but is not declared in the stack file. The stack file does not give the account this role",
            DriftWording.WhatHappened(item), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Compare_UndeclaredMemberOfTheAdministratorGroup_IsLeftForAPerson()
    {
        var mirror = Mirror();
        var groups = mirror.Groups.Select(g => g.Key == "itAdmins" ? g with { Members = g.Members.Add(MirrorTenant.User("deputy.head@oakfield-primary.example")) } : g);
        var item = Assert.Single(Compare(mirror with { Groups = [.. groups] }).Items);

        Assert.Equal(DriftKind.ChangedOutsidePipeline, item.Kind);
        Assert.Equal(NextDeploy.LeavesAlone, item.NextDeploy);
        Assert.Equal("members", Assert.Single(item.Properties).Path);
        Assert.Contains("IAM-04", item.Controls);
        Assert.Contains("deputy.head@oakfield-primary.example", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WidenedNamedLocation_SaysWhatItNowCovers()
    {
        var mirror = Mirror();
        var location = mirror.NamedLocations[0];
        var item = Assert.Single(Compare(mirror with { NamedLocations = [location with { IpRanges = location.IpRanges.Add("0.0.0.0/0") }, .. mirror.NamedLocations.Skip(1)] }).Items);

        Assert.Equal("ip.ipRanges", Assert.Single(item.Properties).Path);
        Assert.Equal("Widened: it now also covers 0.0.0.0/0.", item.Note);
    }

    [Fact]
    public void Compare_FilteringProfileSwitchedOff_IsChanged()
    {
        var mirror = Mirror();
        var profile = mirror.FilteringProfiles[0];
        var item = Assert.Single(Compare(mirror with { FilteringProfiles = [profile with { State = "disabled" }, .. mirror.FilteringProfiles.Skip(1)] }).Items);

        Assert.Equal("state", Assert.Single(item.Properties).Path);
        Assert.Contains("FIL-01", item.Controls);
    }

    [Fact]
    public void Compare_AllowListWidenedInThePortal_SaysWhatItAllows()
    {
        var mirror = Mirror();
        var policy = mirror.FilteringPolicies.First(p => p.Rules.Any(r => r.Name == "Blocked categories"));
        var rules = policy.Rules.Select(r => r.Name == "Blocked categories" ? r with { Destinations = r.Destinations.RemoveAt(0) } : r);
        var changed = policy with { Rules = [.. rules] };
        var item = Assert.Single(Compare(mirror with { FilteringPolicies = mirror.FilteringPolicies.Replace(policy, changed) }).Items);
        Assert.StartsWith("Narrowed: it no longer blocks ", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_JamfProfileMissingAndOneChanged_AreBothReported()
    {
        var mirror = Mirror();
        var first = mirror.JamfProfiles[0];
        var key = first.Settings.Keys.First();
        var changed = first with { Settings = first.Settings.SetItem(key, "changed by hand") };
        var observation = Compare(mirror with { JamfProfiles = [changed] });

        var item = Assert.Single(observation.Items, i => i.Kind == DriftKind.ChangedOutsidePipeline);
        Assert.Equal(ObservationKind.Jamf, item.Source);
        Assert.Equal($"settings[\"{key}\"]", Assert.Single(item.Properties).Path);
        Assert.Equal(mirror.JamfProfiles.Length - 1, observation.Items.Count(i => i.Kind == DriftKind.DeletedOutsidePipeline));
    }

    [Fact]
    public void Compare_RefusedArea_IsUnreadableNamingThePermissionAndNothingThereIsCalledMissing()
    {
        var snapshot = Mirror().WithArea(ObservedArea.SignInRules, ReadState.Unknown, "Policy.Read.All") with { SignInRules = [] };
        var item = Assert.Single(Compare(snapshot).Items);

        Assert.Equal((DriftKind.Unreadable, DriftSeverity.High, NextDeploy.CannotTell), (item.Kind, item.Severity, item.NextDeploy));
        Assert.Contains("Policy.Read.All", item.Note, StringComparison.Ordinal);
        Assert.Contains("MFA-01", item.Controls);
    }

    [Fact]
    public void Compare_PartialArea_ComparesWhatWasReadButCallsNothingMissing()
    {
        var mirror = Mirror();
        var snapshot = mirror.WithArea(ObservedArea.NamedLocations, ReadState.Partial) with { NamedLocations = [] };
        var item = Assert.Single(Compare(snapshot).Items);
        Assert.Equal(DriftKind.Unreadable, item.Kind);
        Assert.StartsWith("Only part of named locations was read", item.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Observe_SnapshotOfAnotherSchool_IsRefused()
    {
        var bag = new DiagnosticBag();
        var observation = TenantSnapshotSource.Observe(Mirror() with { Stack = "elm-street" }, "tenant.json", TenantDrift.Context(), bag);
        Assert.Null(observation);
        Assert.Equal("SI4114", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void Observe_SnapshotFileThroughTheDriftChecker_GivesOneResult()
    {
        using var folder = TemporaryDirectory.Create();
        var path = Path.Combine(folder.Path, "tenant.json");
        var mirror = Mirror();
        SchoolInfra.Evidence.Observe.Snapshot.SnapshotFile.Write(path, mirror with
        {
            RoleHolders = mirror.RoleHolders.Add(
            new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", MirrorTenant.User("someone@oakfield-primary.example"), "/"))
        });

        var bag = new DiagnosticBag();
        var result = DriftChecker.Check(TenantDrift.Context(), [new TenantSnapshotSource(new SafeFileReader(folder.Path), path, "tenant.json")], bag);
        Assert.NotNull(result);
        Assert.True(result.HasDrift);
        Assert.True(result.Observed(ObservationKind.MicrosoftGraph));
        Assert.Single(result.ItemsFor("IAM-04"));
    }

    [Fact]
    public void Compare_AreaControls_CoverEveryArea() =>
        Assert.All(Enum.GetValues<ObservedArea>(), a => Assert.NotEqual(ImmutableArray<string>.Empty, TenantDriftComparer.ControlsOf(a)));
}
