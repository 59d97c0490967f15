using System.Collections.Immutable;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using NodaTime;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// Reads the tenant through Microsoft Graph, read-only: one area at a time per task, at most
/// <c>MaxParallelReads</c> at once. Every area ends complete, partial or unknown (with a diagnostic naming the
/// missing permission or the fault); nothing is ever written to the tenant.
/// </summary>
internal sealed class GraphObserver(GraphServiceClient client, GraphBetaReader beta, ObservePlan plan, ObserveLog log, Instant now)
{
    public async Task<GraphReads> ReadAsync(int parallel, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, parallel));
        async Task<T> Bounded<T>(Func<Task<T>> read)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await read().ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        var rules = Bounded(() => SignInRulesAsync(cancellationToken));
        var locations = Bounded(() => NamedLocationsAsync(cancellationToken));
        var roles = Bounded(() => RoleHoldersAsync(cancellationToken));
        var accounts = Bounded(() => BreakGlassAccountsAsync(cancellationToken));
        var signIns = Bounded(() => SignInsAsync(cancellationToken));
        var methods = Bounded(() => AuthenticationMethodsAsync(cancellationToken));
        var compliance = Bounded(() => CompliancePoliciesAsync(cancellationToken));
        var catalog = Bounded(() => beta.SettingsCatalogAsync(log, cancellationToken));
        var filtering = plan.UsesGlobalSecureAccess
            ? Bounded(() => beta.WebFilteringAsync(log, cancellationToken))
            : Task.FromResult<(ImmutableArray<ObservedFilteringPolicy>, ImmutableArray<ObservedFilteringProfile>)>(([], []));
        if (!plan.UsesGlobalSecureAccess)
        {
            AreaRunner.NotUsed(ObservedArea.WebFiltering, log);
        }

        // Second wave: groups need the role holders (groups can hold roles), names need the sign-in rules.
        var groups = Bounded(async () => await GroupsAsync(await roles.ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        var principals = Bounded(async () => await PrincipalsAsync(await rules.ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        await Task.WhenAll(rules, locations, roles, accounts, signIns, methods, compliance, catalog, filtering, groups, principals).ConfigureAwait(false);
        log.DependsOn(ObservedArea.Principals, ObservedArea.SignInRules);
        log.DependsOn(ObservedArea.Groups, ObservedArea.PrivilegedRoles);
        var (filteringPolicies, filteringProfiles) = await filtering.ConfigureAwait(false);
        return new GraphReads(await rules, await locations, await roles, await groups, await principals, await accounts, await signIns, await methods,
            [.. await compliance, .. await catalog], filteringPolicies, filteringProfiles);
    }

    /// <summary>The tenant's id, after checking that its verified domains include the school's domain (null when not readable).</summary>
    public async Task<(string? TenantId, bool WrongTenant)> TenantAsync(CancellationToken cancellationToken)
    {
        var found = await AreaRunner.ReadAsync<Organization>(ObservedArea.Tenant, log, async (items, ct) =>
        {
            var page = await client.Organization.GetAsync(r => r.QueryParameters.Select = ["id", "verifiedDomains"], ct).ConfigureAwait(false);
            await GraphPages.CollectAsync<Organization, OrganizationCollectionResponse>(client, page, items.Add, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (found.IsEmpty)
        {
            return (null, false);
        }

        var organization = found[0];
        var domains = (organization.VerifiedDomains ?? []).Select(d => d.Name).OfType<string>();
        return (organization.Id, !domains.Contains(plan.TenantDomain, StringComparer.OrdinalIgnoreCase));
    }

    private Task<ImmutableArray<ObservedSignInRule>> SignInRulesAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedSignInRule>(ObservedArea.SignInRules, log, async (items, ct) =>
        {
            var page = await client.Identity.ConditionalAccess.Policies.GetAsync(cancellationToken: ct).ConfigureAwait(false);
            await GraphPages.CollectAsync<ConditionalAccessPolicy, ConditionalAccessPolicyCollectionResponse>(client, page,
                p => items.Add(SignInRuleMapper.Map(p)), ct).ConfigureAwait(false);
        }, cancellationToken);

    private Task<ImmutableArray<ObservedNamedLocation>> NamedLocationsAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedNamedLocation>(ObservedArea.NamedLocations, log, async (items, ct) =>
        {
            var page = await client.Identity.ConditionalAccess.NamedLocations.GetAsync(cancellationToken: ct).ConfigureAwait(false);
            await GraphPages.CollectAsync<NamedLocation, NamedLocationCollectionResponse>(client, page,
                l => items.Add(SignInRuleMapper.Map(l)), ct).ConfigureAwait(false);
        }, cancellationToken);

    private Task<ImmutableArray<ObservedRoleHolder>> RoleHoldersAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedRoleHolder>(ObservedArea.PrivilegedRoles, log, async (items, ct) =>
        {
            foreach (var (roleId, roleName) in PrivilegedRoles.All)
            {
                var page = await client.RoleManagement.Directory.RoleAssignments.GetAsync(r =>
                {
                    r.QueryParameters.Filter = $"roleDefinitionId eq {GraphText.Quote(roleId)}";
                    r.QueryParameters.Expand = ["principal"];
                }, ct).ConfigureAwait(false);
                await GraphPages.CollectAsync<UnifiedRoleAssignment, UnifiedRoleAssignmentCollectionResponse>(client, page,
                    a => items.Add(new ObservedRoleHolder(roleId, roleName, DirectoryMapper.Principal(a.Principal) with { Id = a.PrincipalId ?? a.Principal?.Id ?? string.Empty },
                        a.DirectoryScopeId ?? "/")), ct).ConfigureAwait(false);
            }
        }, cancellationToken);

    private Task<ImmutableArray<ObservedGroup>> GroupsAsync(ImmutableArray<ObservedRoleHolder> roles, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedGroup>(ObservedArea.Groups, log, async (items, ct) =>
        {
            var found = new List<Group>();
            var page = await client.Groups.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"startswith(displayName,{GraphText.Quote(plan.GroupNamePrefix)})";
                r.QueryParameters.Select = ["id", "displayName"];
                r.QueryParameters.Top = 999;
            }, ct).ConfigureAwait(false);
            await GraphPages.CollectAsync<Group, GroupCollectionResponse>(client, page, found.Add, ct).ConfigureAwait(false);
            var roleGroups = roles.Where(r => r.Principal.Kind == PrincipalKind.Group).Select(r => r.Principal).DistinctBy(p => p.Id).ToList();
            foreach (var group in found)
            {
                var key = plan.GroupKeysByDisplayName.GetValueOrDefault(group.DisplayName ?? string.Empty);
                var readMembers = (key is not null && plan.AdminGroupKeys.Contains(key)) || roleGroups.Any(g => g.Id == group.Id);
                var members = readMembers ? await MembersAsync(group.Id ?? string.Empty, ct).ConfigureAwait(false) : [];
                items.Add(new ObservedGroup(group.Id ?? string.Empty, group.DisplayName ?? string.Empty, key, readMembers, members));
            }

            foreach (var holder in roleGroups.Where(g => found.All(f => f.Id != g.Id)))
            {
                items.Add(new ObservedGroup(holder.Id, holder.DisplayName, null, true, await MembersAsync(holder.Id, ct).ConfigureAwait(false)));
            }
        }, cancellationToken);

    private async Task<ImmutableArray<ObservedPrincipal>> MembersAsync(string groupId, CancellationToken ct)
    {
        var members = new List<ObservedPrincipal>();
        var page = await client.Groups[groupId].TransitiveMembers.GetAsync(r =>
            r.QueryParameters.Select = ["id", "displayName", "userPrincipalName"], ct).ConfigureAwait(false);
        await GraphPages.CollectAsync<DirectoryObject, DirectoryObjectCollectionResponse>(client, page,
            m => members.Add(DirectoryMapper.Principal(m)), ct).ConfigureAwait(false);
        return [.. members];
    }

    private Task<ImmutableArray<ObservedPrincipal>> PrincipalsAsync(ImmutableArray<ObservedSignInRule> rules, CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedPrincipal>(ObservedArea.Principals, log, async (items, ct) =>
        {
            string[] special = ["All", "None", "GuestsOrExternalUsers"];
            var users = rules.SelectMany(r => r.IncludeUsers.Concat(r.ExcludeUsers)).Except(special).Distinct().Order(StringComparer.Ordinal);
            var groups = rules.SelectMany(r => r.IncludeGroups.Concat(r.ExcludeGroups)).Distinct().Order(StringComparer.Ordinal);
            foreach (var id in users)
            {
                items.Add(await OneAsync(id, PrincipalKind.User, async () => DirectoryMapper.Principal(await client.Users[id].GetAsync(r =>
                    r.QueryParameters.Select = ["id", "displayName", "userPrincipalName"], ct).ConfigureAwait(false))).ConfigureAwait(false));
            }

            foreach (var id in groups)
            {
                items.Add(await OneAsync(id, PrincipalKind.Group, async () => DirectoryMapper.Principal(await client.Groups[id].GetAsync(r =>
                    r.QueryParameters.Select = ["id", "displayName"], ct).ConfigureAwait(false))).ConfigureAwait(false));
            }
        }, cancellationToken);

    /// <summary>One object by id; a 404 is a fact (the rule names an object that was deleted), not a failed read.</summary>
    private static async Task<ObservedPrincipal> OneAsync(string id, PrincipalKind kind, Func<Task<ObservedPrincipal>> read)
    {
        try
        {
            return await read().ConfigureAwait(false) with { Id = id };
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return new ObservedPrincipal(id, kind, "an object that no longer exists");
        }
    }

    private Task<ImmutableArray<ObservedAccount>> BreakGlassAccountsAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedAccount>(ObservedArea.BreakGlassAccounts, log, async (items, ct) =>
        {
            foreach (var account in plan.BreakGlass)
            {
                try
                {
                    var user = await client.Users[account.UserPrincipalName].GetAsync(r =>
                        r.QueryParameters.Select = ["id", "userPrincipalName", "accountEnabled", "onPremisesSyncEnabled"], ct).ConfigureAwait(false);
                    items.Add(new ObservedAccount(account.Key, account.UserPrincipalName, user?.Id, user is not null, user?.AccountEnabled ?? false,
                        user?.OnPremisesSyncEnabled ?? false));
                }
                catch (ApiException ex) when (ex.ResponseStatusCode == 404)
                {
                    items.Add(new ObservedAccount(account.Key, account.UserPrincipalName, null, false, false, false));
                }
            }
        }, cancellationToken);

    private Task<ImmutableArray<ObservedSignIn>> SignInsAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedSignIn>(ObservedArea.BreakGlassSignIns, log, async (items, ct) =>
        {
            var since = now - Duration.FromDays(plan.SignInDays);
            foreach (var account in plan.BreakGlass)
            {
                var page = await client.AuditLogs.SignIns.GetAsync(r =>
                {
                    r.QueryParameters.Filter = $"userPrincipalName eq {GraphText.Quote(account.UserPrincipalName)} and createdDateTime ge {since.ToDateTimeOffset():yyyy-MM-ddTHH:mm:ssZ}";
                    r.QueryParameters.Top = 100;
                }, ct).ConfigureAwait(false);
                await GraphPages.CollectAsync<SignIn, SignInCollectionResponse>(client, page, s => items.Add(new ObservedSignIn(account.Key,
                    Instant.FromDateTimeOffset(s.CreatedDateTime ?? DateTimeOffset.UnixEpoch), s.AppDisplayName ?? "an unnamed app",
                    s.Status?.ErrorCode is null or 0)), ct).ConfigureAwait(false);
            }
        }, cancellationToken);

    private Task<ImmutableArray<ObservedAuthenticationMethod>> AuthenticationMethodsAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedAuthenticationMethod>(ObservedArea.AuthenticationMethods, log, async (items, ct) =>
        {
            var policy = await client.Policies.AuthenticationMethodsPolicy.GetAsync(cancellationToken: ct).ConfigureAwait(false)
                ?? throw new InvalidDataException("Graph returned no body.");
            foreach (var method in policy.AuthenticationMethodConfigurations ?? [])
            {
                items.Add(new ObservedAuthenticationMethod(method.Id ?? string.Empty, method.State == AuthenticationMethodState.Enabled, [.. Targets(method)]));
            }
        }, cancellationToken);

    private static IEnumerable<string> Targets(AuthenticationMethodConfiguration method)
    {
        IEnumerable<AuthenticationMethodTarget>? targets = method switch
        {
            Fido2AuthenticationMethodConfiguration m => m.IncludeTargets,
            MicrosoftAuthenticatorAuthenticationMethodConfiguration m => m.IncludeTargets,
            SmsAuthenticationMethodConfiguration m => m.IncludeTargets,
            VoiceAuthenticationMethodConfiguration m => m.IncludeTargets,
            TemporaryAccessPassAuthenticationMethodConfiguration m => m.IncludeTargets,
            SoftwareOathAuthenticationMethodConfiguration m => m.IncludeTargets,
            EmailAuthenticationMethodConfiguration m => m.IncludeTargets,
            X509CertificateAuthenticationMethodConfiguration m => m.IncludeTargets,
            _ => null,
        };
        return (targets ?? []).Select(t => t.Id).OfType<string>();
    }

    private Task<ImmutableArray<ObservedDevicePolicy>> CompliancePoliciesAsync(CancellationToken cancellationToken) =>
        AreaRunner.ReadAsync<ObservedDevicePolicy>(ObservedArea.DeviceCompliance, log, async (items, ct) =>
        {
            var page = await client.DeviceManagement.DeviceCompliancePolicies.GetAsync(r => r.QueryParameters.Expand = ["assignments"], ct).ConfigureAwait(false);
            await GraphPages.CollectAsync<DeviceCompliancePolicy, DeviceCompliancePolicyCollectionResponse>(client, page, p =>
            {
                var targets = (p.Assignments ?? []).Select(a => a.Target).ToList();
                items.Add(new ObservedDevicePolicy(DevicePolicyKind.Compliance, p.Id ?? string.Empty, p.DisplayName ?? string.Empty, Platform(p.OdataType), 0,
                    [.. targets.Where(t => t is not ExclusionGroupAssignmentTarget).Select(Target).OfType<string>()],
                    [.. targets.OfType<ExclusionGroupAssignmentTarget>().Select(t => t.GroupId).OfType<string>()]));
            }, ct).ConfigureAwait(false);
        }, cancellationToken);

    private static string? Target(DeviceAndAppManagementAssignmentTarget? target) => target switch
    {
        GroupAssignmentTarget g => g.GroupId,
        AllDevicesAssignmentTarget => "allDevices",
        AllLicensedUsersAssignmentTarget => "allLicensedUsers",
        _ => null,
    };

    /// <summary><c>#microsoft.graph.windows10CompliancePolicy</c> → <c>windows10</c>.</summary>
    private static string Platform(string? odataType)
    {
        var name = (odataType ?? string.Empty).Split('.').Last();
        return name.EndsWith("CompliancePolicy", StringComparison.Ordinal) ? name[..^"CompliancePolicy".Length] : name;
    }
}
