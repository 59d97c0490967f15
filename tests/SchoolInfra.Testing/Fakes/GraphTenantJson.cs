using System.Text.Json.Nodes;
using NodaTime.Text;
using SchoolInfra.Evidence.Observe;

namespace SchoolInfra.Testing.Fakes;

/// <summary>
/// Loads a <see cref="TenantSnapshot"/> into a <see cref="FakeGraph"/> as the Graph JSON the real service returns, so
/// that observing the fake gives that snapshot back. Unknown or not-used areas are simply not served.
/// </summary>
public static class GraphTenantJson
{
    public static void Serve(this FakeGraph graph, TenantSnapshot s)
    {
        graph.Collection("organization", [new JsonObject
        {
            ["id"] = s.TenantId,
            ["verifiedDomains"] = new JsonArray(new JsonObject { ["name"] = s.TenantDomain, ["isDefault"] = true }),
        }]);
        graph.Collection("identity/conditionalAccess/policies", s.SignInRules.Select(Policy));
        graph.Collection("identity/conditionalAccess/namedLocations", s.NamedLocations.Select(Location));
        graph.Collection("roleManagement/directory/roleAssignments", s.RoleHolders.Select((r, i) => new JsonObject
        {
            ["id"] = $"lAPpYvVpN0KRkAEhdxReE{i}-1",
            ["roleDefinitionId"] = r.RoleDefinitionId,
            ["principalId"] = r.Principal.Id,
            ["directoryScopeId"] = r.DirectoryScopeId,
            ["principal"] = Principal(r.Principal),
        }));
        graph.Collection("groups", s.Groups.Select(g => new JsonObject { ["id"] = g.Id, ["displayName"] = g.DisplayName }));
        foreach (var group in s.Groups)
        {
            graph.Collection($"groups/{group.Id}/transitiveMembers", group.Members.Select(Principal));
            graph.Item($"groups/{group.Id}", new JsonObject { ["id"] = group.Id, ["displayName"] = group.DisplayName });
        }

        foreach (var principal in s.Principals)
        {
            graph.Item($"{(principal.Kind == PrincipalKind.Group ? "groups" : "users")}/{principal.Id}", Principal(principal));
        }

        foreach (var account in s.BreakGlassAccounts.Where(a => a.Found))
        {
            graph.Item($"users/{account.UserPrincipalName}", new JsonObject
            {
                ["id"] = account.Id,
                ["userPrincipalName"] = account.UserPrincipalName,
                ["accountEnabled"] = account.AccountEnabled,
                ["onPremisesSyncEnabled"] = account.SyncedFromOnPremises ? true : null,
            });
        }

        var upns = s.BreakGlassAccounts.ToDictionary(a => a.Key, a => a.UserPrincipalName);
        graph.Collection("auditLogs/signIns", s.BreakGlassSignIns.Select((i, n) => new JsonObject
        {
            ["id"] = $"00000000-0000-4000-8000-5{n:D11}",
            ["createdDateTime"] = InstantPattern.ExtendedIso.Format(i.At),
            ["userPrincipalName"] = upns.GetValueOrDefault(i.AccountKey, i.AccountKey),
            ["appDisplayName"] = i.Application,
            ["ipAddress"] = "192.0.2.10",
            ["status"] = new JsonObject { ["errorCode"] = i.Succeeded ? 0 : 50126 },
        }));
        graph.Item("policies/authenticationMethodsPolicy", new JsonObject
        {
            ["id"] = "authenticationMethodsPolicy",
            ["authenticationMethodConfigurations"] = new JsonArray([.. s.AuthenticationMethods.Select(m => (JsonNode)new JsonObject
            {
                ["@odata.type"] = $"#microsoft.graph.{char.ToLowerInvariant(m.Id[0])}{m.Id[1..]}AuthenticationMethodConfiguration",
                ["id"] = m.Id,
                ["state"] = m.Enabled ? "enabled" : "disabled",
                ["includeTargets"] = new JsonArray([.. m.IncludeTargets.Select(t => (JsonNode)new JsonObject { ["targetType"] = "group", ["id"] = t })]),
            })]),
        });
        graph.Collection("deviceManagement/deviceCompliancePolicies", s.DevicePolicies.Where(p => p.Kind == DevicePolicyKind.Compliance).Select(p => new JsonObject
        {
            ["@odata.type"] = $"#microsoft.graph.{p.Platform}CompliancePolicy",
            ["id"] = p.Id,
            ["displayName"] = p.DisplayName,
            ["version"] = 7,
            ["assignments"] = Assignments(p),
        }));
        graph.Collection("deviceManagement/configurationPolicies", s.DevicePolicies.Where(p => p.Kind == DevicePolicyKind.SettingsCatalog).Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.DisplayName,
            ["platforms"] = p.Platform,
            ["settingCount"] = p.SettingCount,
            ["lastModifiedDateTime"] = "2026-11-01T10:00:00Z",
            ["assignments"] = Assignments(p),
        }));
        graph.Collection("networkAccess/filteringPolicies", s.FilteringPolicies.Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["action"] = p.Action,
            ["policyRules"] = new JsonArray([.. p.Rules.Select(r => (JsonNode)new JsonObject
            {
                ["name"] = r.Name,
                ["ruleType"] = r.RuleType,
                ["destinations"] = new JsonArray([.. r.Destinations.Select(d => (JsonNode)(r.RuleType == "webCategory"
                    ? new JsonObject { ["@odata.type"] = "#microsoft.graph.networkaccess.webCategory", ["name"] = d }
                    : new JsonObject { ["@odata.type"] = "#microsoft.graph.networkaccess.fqdn", ["value"] = d }))]),
            })]),
        }));
        graph.Collection("networkAccess/filteringProfiles", s.FilteringProfiles.Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["state"] = p.State,
            ["priority"] = p.Priority,
            ["policies"] = new JsonArray([.. p.Policies.Select(l => (JsonNode)new JsonObject
            {
                ["state"] = l.State,
                ["policy"] = new JsonObject { ["id"] = l.PolicyId },
            })]),
        }));
    }

    private static JsonObject Policy(ObservedSignInRule r) => new()
    {
        ["id"] = r.Id,
        ["displayName"] = r.DisplayName,
        ["createdDateTime"] = null,
        ["modifiedDateTime"] = "2026-11-02T09:30:00Z",
        ["state"] = r.State switch
        {
            SignInRuleState.Enabled => "enabled",
            SignInRuleState.ReportOnly => "enabledForReportingButNotEnforced",
            _ => "disabled",
        },
        ["conditions"] = new JsonObject
        {
            ["users"] = new JsonObject
            {
                ["includeUsers"] = Strings(r.IncludeUsers),
                ["excludeUsers"] = Strings(r.ExcludeUsers),
                ["includeGroups"] = Strings(r.IncludeGroups),
                ["excludeGroups"] = Strings(r.ExcludeGroups),
                ["includeRoles"] = Strings(r.IncludeRoles),
                ["excludeRoles"] = Strings(r.ExcludeRoles),
            },
            ["applications"] = new JsonObject
            {
                ["includeApplications"] = Strings(r.IncludeApplications),
                ["excludeApplications"] = Strings(r.ExcludeApplications),
                ["includeUserActions"] = new JsonArray(),
            },
            ["clientAppTypes"] = Strings(r.ClientAppTypes),
            ["locations"] = r.IncludeLocations.IsEmpty && r.ExcludeLocations.IsEmpty ? null : new JsonObject
            {
                ["includeLocations"] = Strings(r.IncludeLocations),
                ["excludeLocations"] = Strings(r.ExcludeLocations),
            },
        },
        ["grantControls"] = r.GrantOperator is null && r.BuiltInControls.IsEmpty && r.AuthenticationStrengthId is null ? null : new JsonObject
        {
            ["operator"] = r.GrantOperator,
            ["builtInControls"] = Strings(r.BuiltInControls),
            ["authenticationStrength"] = r.AuthenticationStrengthId is null ? null : new JsonObject { ["id"] = r.AuthenticationStrengthId },
        },
        ["sessionControls"] = r.FilteringProfileId is null ? null : new JsonObject
        {
            ["globalSecureAccessFilteringProfile"] = new JsonObject { ["isEnabled"] = true, ["profileId"] = r.FilteringProfileId },
        },
    };

    private static JsonObject Location(ObservedNamedLocation l) => l.Countries.IsEmpty
        ? new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.ipNamedLocation",
            ["id"] = l.Id,
            ["displayName"] = l.DisplayName,
            ["isTrusted"] = l.IsTrusted,
            ["ipRanges"] = new JsonArray([.. l.IpRanges.Select(r => (JsonNode)new JsonObject
            {
                ["@odata.type"] = r.Contains(':', StringComparison.Ordinal) ? "#microsoft.graph.iPv6CidrRange" : "#microsoft.graph.iPv4CidrRange",
                ["cidrAddress"] = r,
            })]),
        }
        : new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.countryNamedLocation",
            ["id"] = l.Id,
            ["displayName"] = l.DisplayName,
            ["countriesAndRegions"] = Strings(l.Countries),
        };

    private static JsonObject Principal(ObservedPrincipal p) => new()
    {
        ["@odata.type"] = p.Kind switch
        {
            PrincipalKind.User => "#microsoft.graph.user",
            PrincipalKind.Group => "#microsoft.graph.group",
            PrincipalKind.ServicePrincipal => "#microsoft.graph.servicePrincipal",
            _ => "#microsoft.graph.device",
        },
        ["id"] = p.Id,
        ["displayName"] = p.DisplayName,
        ["userPrincipalName"] = p.UserPrincipalName,
    };

    private static JsonArray Assignments(ObservedDevicePolicy p) => new([..
        p.AssignedTo.Select(t => (JsonNode)new JsonObject { ["target"] = Target(t, exclude: false) })
            .Concat(p.ExcludedFrom.Select(t => (JsonNode)new JsonObject { ["target"] = Target(t, exclude: true) }))]);

    private static JsonObject Target(string target, bool exclude) => target switch
    {
        "allDevices" => new JsonObject { ["@odata.type"] = "#microsoft.graph.allDevicesAssignmentTarget" },
        "allLicensedUsers" => new JsonObject { ["@odata.type"] = "#microsoft.graph.allLicensedUsersAssignmentTarget" },
        _ => new JsonObject
        {
            ["@odata.type"] = exclude ? "#microsoft.graph.exclusionGroupAssignmentTarget" : "#microsoft.graph.groupAssignmentTarget",
            ["groupId"] = target,
        },
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
