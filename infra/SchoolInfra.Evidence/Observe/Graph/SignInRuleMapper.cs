using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>Graph's Conditional Access policy and named location, reduced to the snapshot's records.</summary>
internal static class SignInRuleMapper
{
    public static ObservedSignInRule Map(ConditionalAccessPolicy p)
    {
        var users = p.Conditions?.Users;
        var apps = p.Conditions?.Applications;
        var locations = p.Conditions?.Locations;
        var grant = p.GrantControls;
        return new ObservedSignInRule(
            p.Id ?? string.Empty,
            p.DisplayName ?? string.Empty,
            p.State switch
            {
                ConditionalAccessPolicyState.Enabled => SignInRuleState.Enabled,
                ConditionalAccessPolicyState.EnabledForReportingButNotEnforced => SignInRuleState.ReportOnly,
                _ => SignInRuleState.Disabled,
            },
            [.. GraphText.Strings(users?.IncludeUsers)],
            [.. GraphText.Strings(users?.ExcludeUsers)],
            [.. GraphText.Strings(users?.IncludeGroups)],
            [.. GraphText.Strings(users?.ExcludeGroups)],
            [.. GraphText.Strings(users?.IncludeRoles)],
            [.. GraphText.Strings(users?.ExcludeRoles)],
            [.. GraphText.Strings(apps?.IncludeApplications)],
            [.. GraphText.Strings(apps?.ExcludeApplications)],
            [.. GraphText.Words(p.Conditions?.ClientAppTypes)],
            [.. GraphText.Strings(locations?.IncludeLocations)],
            [.. GraphText.Strings(locations?.ExcludeLocations)],
            grant?.Operator,
            [.. GraphText.Words(grant?.BuiltInControls)],
            grant?.AuthenticationStrength?.Id,
            FilteringProfile(p.SessionControls));
    }

    public static ObservedNamedLocation Map(NamedLocation location) => location switch
    {
        IpNamedLocation ip => new ObservedNamedLocation(ip.Id ?? string.Empty, ip.DisplayName ?? string.Empty, ip.IsTrusted ?? false,
            [.. (ip.IpRanges ?? []).Select(r => r switch
            {
                IPv4CidrRange v4 => v4.CidrAddress,
                IPv6CidrRange v6 => v6.CidrAddress,
                _ => null,
            }).OfType<string>()], []),
        CountryNamedLocation country => new ObservedNamedLocation(country.Id ?? string.Empty, country.DisplayName ?? string.Empty, false, [],
            [.. GraphText.Strings(country.CountriesAndRegions)]),
        _ => new ObservedNamedLocation(location.Id ?? string.Empty, location.DisplayName ?? string.Empty, false, [], []),
    };

    /// <summary>The Global Secure Access security profile a policy applies (v1.0 models don't type it: read from AdditionalData).</summary>
    private static string? FilteringProfile(ConditionalAccessSessionControls? session) =>
        session?.AdditionalData is { } data
        && data.TryGetValue("globalSecureAccessFilteringProfile", out var value)
        && value is UntypedObject profile
        && profile.GetValue().TryGetValue("profileId", out var id)
        && id is UntypedString text
            ? text.GetValue()
            : null;
}
