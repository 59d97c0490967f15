using System.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Emit;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Tests.Build.Filtering;

/// <summary>The filtering resources built for the example school on 2026-11-23, and for a variant with an Azure DNS policy.</summary>
public sealed class FilteringBuilderTests
{
    private static readonly string Example = File.ReadAllText(ExampleSchool.StackFilePath);

    private static readonly string[] Profiles = ["youngPupils", "olderPupils", "staff", "guests"];

    [Fact]
    public void Build_ExampleSchool_GivesEachProfileAPolicyASecurityProfileALinkAndAnAccessPolicy()
    {
        var state = Build(ExampleSchool.Config());
        foreach (var profile in Profiles)
        {
            Assert.Equal(Microsoft365Types.NetworkWebFilteringPolicy, state.Find($"gsa-{profile}-policy")?.Type);
            Assert.Equal(Microsoft365Types.NetworkFilteringProfile, state.Find($"gsa-{profile}-profile")?.Type);
            Assert.Equal(Microsoft365Types.NetworkFilteringProfilePolicyLink, state.Find($"gsa-{profile}-link")?.Type);
            Assert.Equal(Microsoft365Types.ConditionalAccessPolicy, state.Find($"gsa-{profile}-access")?.Type);
        }

        var staff = Resource(state, "gsa-staff-access");
        var groups = Items(staff.Properties, "conditions", "users", "includeGroups");
        Assert.Equal(7, groups.Count);
        Assert.Contains(new PulumiExpression("${group-teaching.objectId}"), groups);
        Assert.Equal(new PulumiExpression("${gsa-staff-profile.id}"), Path(staff.Properties, "sessionControls", "globalSecureAccessFilteringProfile", "profileId"));
        Assert.Equal(new PulumiText(Microsoft365Types.AllInternetResourcesAppId), Assert.Single(Items(staff.Properties, "conditions", "applications", "includeApplications")));
        Assert.Contains("gsa-staff-link", staff.Options.DependsOn);
    }

    [Fact]
    public void Build_ExpiredException_IsLeftOutOfTheTemplateAndNoted()
    {
        var state = Build(ExampleSchool.Config());
        var template = PulumiYamlEmitter.Emit(state, "test");
        Assert.DoesNotContain("example-coding-club", template, StringComparison.Ordinal);
        Assert.Null(state.Find("gsa-olderPupils-year5Pupils-policy"));
        var note = Assert.Single(state.Notes, n => n.Kind == NoteKind.LeftOut && n.Controls.Contains("FIL-11"));
        Assert.Contains("example-coding-club.example", note.Message, StringComparison.Ordinal);
        Assert.Equal<string>(["FIL-11"], note.Controls);
        Assert.True(note.Source.IsKnown);
    }

    [Fact]
    public void Build_UnexpiredException_IsDeployedForEachOfItsGroups()
    {
        // The coding club runs to the end of term instead: Years 5 and 6 each get it, Year 6 alongside YouTube.
        var state = Build(Validate(Change(Example, "        expiresOn: 2026-10-23", "        expiresOn: 2026-12-18"), ExampleSchool.Today));
        Assert.NotNull(state.Find("gsa-olderPupils-year5Pupils-allow-exampleCodingClubExample"));
        Assert.NotNull(state.Find("gsa-olderPupils-year6Pupils-allow-exampleCodingClubExample"));
        Assert.NotNull(state.Find("gsa-olderPupils-year6Pupils-allow-youtubeCom"));
        Assert.Null(state.Find("gsa-olderPupils-year5Pupils-allow-youtubeCom"));
        Assert.DoesNotContain(state.Notes, n => n.Kind == NoteKind.LeftOut && n.Controls.Contains("FIL-11"));
    }

    [Fact]
    public void Build_LiveException_IsAnAllowRuleForItsOwnGroupAheadOfTheProfile()
    {
        var state = Build(ExampleSchool.Config());
        var allow = Resource(state, "gsa-olderPupils-year6Pupils-allow-youtubeCom");
        Assert.Equal(new PulumiText("allow"), allow.Properties["action"]);
        Assert.Equal(new PulumiExpression("${gsa-olderPupils-year6Pupils-policy.id}"), allow.Properties["webFilteringPolicyId"]);
        Assert.Equal([new PulumiText("youtube.com"), new PulumiText("*.youtube.com")], Items(allow.Properties, "urlsOrFqdns"));
        Assert.Equal<string>(["FIL-10", "FIL-11"], allow.Controls);

        // The copy carries the profile's blocks too, after the exception.
        Assert.True(Number(allow, "priority") < Number(Resource(state, "gsa-olderPupils-year6Pupils-blocked-categories"), "priority"));
        Assert.NotNull(state.Find("gsa-olderPupils-year6Pupils-blocked-domains"));

        // Only Year 6 gets the copy, and the copy is evaluated before the profile's own security profile.
        var access = Resource(state, "gsa-olderPupils-year6Pupils-access");
        Assert.Equal(new PulumiExpression("${group-year6Pupils.objectId}"), Assert.Single(Items(access.Properties, "conditions", "users", "includeGroups")));
        Assert.True(Number(Resource(state, "gsa-olderPupils-year6Pupils-profile"), "priority") < Number(Resource(state, "gsa-olderPupils-profile"), "priority"));
        Assert.DoesNotContain(state.Resources, r => r.LogicalName.StartsWith("gsa-olderPupils-allow", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Categories_AreGlobalSecureAccessNamesAndTheRestIsDelegated()
    {
        var state = Build(ExampleSchool.Config());
        var categories = Items(Resource(state, "gsa-youngPupils-blocked-categories").Properties, "webCategories");
        Assert.Contains(new PulumiText("PornographyAndSexuallyExplicit"), categories);
        Assert.Contains(new PulumiText("SocialNetworking"), categories);
        Assert.Equal(categories.OfType<PulumiText>().Select(t => t.Value).Order(StringComparer.Ordinal), categories.OfType<PulumiText>().Select(t => t.Value));

        var delegated = Assert.Single(state.Notes, n => n.Kind == NoteKind.Delegated && n.Message.Contains("\"youngPupils\"", StringComparison.Ordinal));
        Assert.Contains("\"extremism\"", delegated.Message, StringComparison.Ordinal);
        Assert.Contains("safe search", delegated.Message, StringComparison.Ordinal);
        Assert.Contains("delegated to upstream", delegated.Message, StringComparison.Ordinal);
        Assert.Contains("FIL-06", delegated.Controls);
    }

    [Fact]
    public void Build_UpstreamFilter_IsANoteAndAnOutputNotAResource()
    {
        var state = Build(ExampleSchool.Config());
        var note = Assert.Single(state.Notes, n => n.Kind == NoteKind.CheckedNotDeployed && n.Message.Contains("upstream filter", StringComparison.Ordinal));
        Assert.Contains("2026-10-06", note.Message, StringComparison.Ordinal);
        Assert.Contains("FIL-03", note.Controls);
        var output = Assert.IsType<PulumiObject>(Assert.Single(state.Outputs, o => o.Name == "upstreamFilter").Value);
        Assert.Equal(new PulumiBool(true), output["iwfMember"]);
        Assert.Equal(new PulumiText("2026-10-06"), output["lastChecked"]);
        var exceptions = Assert.IsType<PulumiList>(Assert.Single(state.Outputs, o => o.Name == "filteringExceptions").Value);
        Assert.Equal(new PulumiText("youtube.com"), Assert.IsType<PulumiObject>(Assert.Single(exceptions.Items))["domain"]);
    }

    [Fact]
    public void Build_AzureDns_DeclaresThePolicyDomainListsRulesAndNetworkLinks()
    {
        var state = Build(Validate(WithAzureDns(), ExampleSchool.Today));
        var policy = Resource(state, "dns-policy");
        Assert.Equal(AzureNativeTypes.DnsResolverPolicy, policy.Type);
        Assert.Equal(new PulumiExpression("${resourceGroup.name}"), policy.Properties["resourceGroupName"]);
        Assert.Equal(AzureNativeTypes.ResourceGroup, state.Find("resourceGroup")?.Type);
        Assert.Equal(new PulumiText("dnsfilter-oakfield"), policy.Properties["dnsResolverPolicyName"]);

        var list = Resource(state, "dns-blocked-domains");
        Assert.Equal(AzureNativeTypes.DnsResolverDomainList, list.Type);
        Assert.Equal([new PulumiText("example-crypto-miner.example.")], Items(list.Properties, "domains"));

        var rule = Resource(state, "dns-blocked-rule");
        Assert.Equal(AzureNativeTypes.DnsSecurityRule, rule.Type);
        Assert.Equal(new PulumiText("Block"), Path(rule.Properties, "action", "actionType"));
        Assert.Equal(new PulumiExpression("${dns-policy.name}"), rule.Properties["dnsResolverPolicyName"]);
        Assert.Equal(new PulumiExpression("${dns-blocked-domains.id}"), Assert.IsType<PulumiObject>(Assert.Single(Items(rule.Properties, "dnsResolverDomainLists")))["id"]);
        Assert.Null(state.Find("dns-allowed-domains"));

        var link = Resource(state, "dns-link-vnetOakfield");
        Assert.Equal(AzureNativeTypes.DnsResolverPolicyVirtualNetworkLink, link.Type);
        Assert.Equal(new PulumiText(VnetId), Path(link.Properties, "virtualNetwork", "id"));

        // Categories go to whichever other backends of the profile can block them; illegal content only upstream.
        var notes = state.Notes.Where(n => n.Kind == NoteKind.Delegated && n.Message.StartsWith("azureDns", StringComparison.Ordinal)).ToList();
        Assert.Contains(notes, n => n.Message.Contains("the category \"pornography\"", StringComparison.Ordinal)
            && n.Message.Contains("delegated to upstream, globalSecureAccess", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Message.Contains("illegal-content lists", StringComparison.Ordinal)
            && n.Message.Contains("delegated to upstream for", StringComparison.Ordinal));
        Assert.All(notes, n => Assert.Contains("workloads in the linked Azure networks get the domain lists only", n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EveryFilteringResource_HasControlsASourceSpanAndAKnownType()
    {
        var state = Build(Validate(WithAzureDns(), ExampleSchool.Today));
        var filtering = state.Resources.Where(r => r.LogicalName.StartsWith("gsa-", StringComparison.Ordinal) || r.LogicalName.StartsWith("dns-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(filtering);
        Assert.All(filtering, r =>
        {
            Assert.NotEmpty(r.Controls);
            Assert.All(r.Controls, c => Assert.StartsWith("FIL-", c, StringComparison.Ordinal));
            Assert.True(r.Source.IsKnown, r.LogicalName + " has a source span");
            Assert.Contains(r.Type, KnownTypes.Resources);
        });
        Assert.All(state.Notes, n => Assert.True(n.Source.IsKnown, n.Message));
    }

    [Fact]
    public void Compile_ExampleSchool_TemplateIncludesFilteringAndIsTheSameTwice()
    {
        var first = SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files);
        var second = SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics.Select(d => d.Format())));
        Assert.Equal(first.Template, second.Template);
        Assert.Contains("type: " + Microsoft365Types.NetworkWebFilteringPolicyRule, first.Template, StringComparison.Ordinal);
        Assert.Contains("type: " + Microsoft365Types.ConditionalAccessPolicy, first.Template, StringComparison.Ordinal);
        Assert.Contains("upstreamFilter:", first.Template, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ExampleSchool_NotesMatchTheGoldenFile()
    {
        // The template golden (Compile/ExampleSchoolTemplateTests) covers resources; notes appear only in --explain.
        var notes = new StringBuilder();
        foreach (var note in Build(ExampleSchool.Config()).Notes.Where(n => n.Controls.Any(c => c.StartsWith("FIL-", StringComparison.Ordinal))))
        {
            notes.Append(note.Kind).Append(": ").Append(note.Message).Append(" (").Append(string.Join(", ", note.Controls)).Append("; ").Append(note.Source).Append(")\n");
        }

        Golden.Matches("oakfield-primary/expected/filtering-notes.txt", notes.ToString());
    }

    [Fact]
    public void Build_LargeSchoolWithManyGroupExceptions_WarnsAboutGlobalSecureAccessLimits()
    {
        // 48 class groups with exceptions each carry a copy of the 400-entry block list: far past 8000 web addresses.
        var yaml = SyntheticSchool.Generate(Example, groups: 60, filteringEntries: 400, exceptions: 200);
        var bag = new DiagnosticBag();
        var state = DesiredStateBuilder.Build("test", Validate(yaml, ExampleSchool.Today), ExampleSchool.Today, bag);
        var d = Assert.Single(bag.ToSortedArray(), x => x.Code == "SI3201");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.False(bag.HasErrors);
        Assert.NotNull(state.Find("gsa-olderPupils-class01-policy"));
        Assert.DoesNotContain(Build(ExampleSchool.Config()).Resources,
            r => r.LogicalName.StartsWith("gsa-", StringComparison.Ordinal) && r.LogicalName.Contains("class", StringComparison.Ordinal));
    }

    private const string VnetId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-oakfield-primary/providers/Microsoft.Network/virtualNetworks/vnet-oakfield";

    /// <summary>The example school with its Azure network filtered by a DNS policy applying the staff profile.</summary>
    private static string WithAzureDns()
    {
        var yaml = Change(Example, "    globalSecureAccess:\n      enabled: true\n",
            $"    globalSecureAccess:\n      enabled: true\n    azureDns:\n      policyName: dnsfilter-oakfield\n      virtualNetworkIds: [{VnetId}]\n      profile: staff\n");
        return Change(yaml, "        safeSearch: moderate\n        enforcedBy: [upstream, globalSecureAccess]",
            "        safeSearch: moderate\n        blockedDomains:\n          - domain: example-crypto-miner.example\n            reason: Cryptocurrency mining script found on a staff laptop.\n" +
            "        enforcedBy: [upstream, globalSecureAccess, azureDns]");
    }

    private static SchoolConfig Validate(string yaml, NodaTime.LocalDate today)
    {
        var bag = new DiagnosticBag();
        var source = Core.Config.StackFileReader.Parse(yaml, "Pulumi.test.yaml", "test", bag) ?? throw new InvalidOperationException("unreadable");
        var validated = Core.Validation.SchoolConfigValidator.Validate(source, today, ExampleSchool.Files, bag);
        Assert.False(validated.HasErrors, string.Join("\n", validated.Diagnostics.Select(d => d.Format())));
        return validated.Config!;
    }

    private static DesiredState Build(SchoolConfig config)
    {
        var bag = new DiagnosticBag();
        var state = DesiredStateBuilder.Build("test", config, ExampleSchool.Today, bag);
        Assert.False(bag.HasErrors);
        return state;
    }

    private static DesiredResource Resource(DesiredState state, string name) =>
        state.Find(name) ?? throw new Xunit.Sdk.XunitException($"no resource \"{name}\"; have: {string.Join(", ", state.Resources.Select(r => r.LogicalName))}");

    private static PulumiValue? Path(PulumiObject obj, params string[] keys)
    {
        PulumiValue? value = obj;
        foreach (var key in keys)
        {
            value = (value as PulumiObject)?[key];
        }

        return value;
    }

    private static List<PulumiValue> Items(PulumiObject obj, params string[] keys) => [.. Assert.IsType<PulumiList>(Path(obj, keys)).Items];

    private static long Number(DesiredResource resource, string key) => Assert.IsType<PulumiNumber>(resource.Properties[key]).Value;

    private static string Change(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }
}
