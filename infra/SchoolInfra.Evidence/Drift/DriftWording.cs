using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Plain English for drift, shared by the findings (Policy) and the drift report (Reports): what kind of thing a
/// resource is ("the sign-in rule"), what happened to it ("was switched to report-only"), and what to do. Written
/// for headteachers and governors: no type tokens, no property paths unless nothing plainer is known.
/// </summary>
public static class DriftWording
{
    /// <summary>Type token → what people call it. Tokens not listed fall back to <see cref="GenericNoun"/>.</summary>
    private static readonly ImmutableDictionary<string, string> Nouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy"] = "sign-in rule",
        ["microsoft365:index/graphBetaIdentityAndAccessConditionalAccessPolicy:GraphBetaIdentityAndAccessConditionalAccessPolicy"] = "sign-in rule",
        ["azuread:index/group:Group"] = "group",
        ["azuread:index/groupMember:GroupMember"] = "group membership",
        ["azuread:index/namedLocation:NamedLocation"] = "named location",
        ["azuread:index/authenticationStrengthPolicy:AuthenticationStrengthPolicy"] = "sign-in strength",
        ["microsoft365:index/graphBetaIdentityAndAccessNetworkWebFilteringPolicy:GraphBetaIdentityAndAccessNetworkWebFilteringPolicy"] = "filtering policy",
        ["microsoft365:index/graphBetaIdentityAndAccessNetworkWebFilteringPolicyRule:GraphBetaIdentityAndAccessNetworkWebFilteringPolicyRule"] = "filtering rule",
        ["microsoft365:index/graphBetaIdentityAndAccessNetworkFilteringProfile:GraphBetaIdentityAndAccessNetworkFilteringProfile"] = "filtering profile",
        ["microsoft365:index/graphBetaIdentityAndAccessNetworkFilteringProfilePolicyLink:GraphBetaIdentityAndAccessNetworkFilteringProfilePolicyLink"] = "filtering profile link",
        ["azure-native:recoveryservices:Vault"] = "backup vault",
        ["azure-native:recoveryservices:ProtectionPolicy"] = "backup policy",
        ["azure-native:resources:ResourceGroup"] = "Azure resource group",
        ["azure-native:operationalinsights:Workspace"] = "log workspace",
        ["azure-native:authorization:ManagementLockByScope"] = "delete lock",
        ["azure-native:aadiam:DiagnosticSetting"] = "sign-in log export",
        ["azure-native:monitor:SubscriptionDiagnosticSetting"] = "activity log export",
        ["azure-native:monitor:ActionGroup"] = "alert contact list",
        ["azure-native:monitor:ScheduledQueryRule"] = "alert rule",
        ["azure-native:alertsmanagement:AlertProcessingRuleByName"] = "alert routing rule",
        // Things a tenant read finds that Pulumi does not manage (Observe/Compare).
        ["graph:conditionalAccessPolicy"] = "sign-in rule",
        ["graph:namedLocation"] = "named location",
        ["graph:roleAssignment"] = "administrator role",
        ["graph:filteringProfile"] = "filtering profile",
        ["graph:filteringPolicy"] = "filtering policy",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Settings whose live value has a plainer phrase than "changed from A to B": (type, path, live value) → phrase.</summary>
    private static readonly ImmutableArray<(string Type, string Path, string Live, string Phrase)> Phrases =
    [
        ("*:ConditionalAccessPolicy", "state", "enabledForReportingButNotEnforced", "was switched to report-only"),
        ("*:ConditionalAccessPolicy", "state", "disabled", "was switched off"),
        ("azure-native:recoveryservices:Vault", "properties.securitySettings.softDeleteSettings.softDeleteState", "Disabled", "had soft delete turned off"),
        ("azure-native:recoveryservices:Vault", "properties.securitySettings.immutabilitySettings.state", "Disabled", "had its immutability turned off"),
        ("azure-native:recoveryservices:Vault", "properties.securitySettings.immutabilitySettings.state", "Unlocked", "had its immutability unlocked"),
        ("azure-native:recoveryservices:Vault", "properties.redundancySettings.crossRegionRestore", "Disabled", "had cross-region restore turned off"),
        ("azure-native:recoveryservices:Vault", "properties.redundancySettings.standardTierStorageRedundancy", "LocallyRedundant", "was changed to keep its copies in one region only"),
        ("*:GraphBetaIdentityAndAccessNetworkWebFilteringPolicyRule", "status", "disabled", "was switched off"),
    ];

    /// <summary>"the sign-in rule \"Require MFA for staff\"".</summary>
    public static string Name(DriftResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Address.Length == 0 ? resource.DisplayName : $"the {Noun(resource.Type)} \"{resource.DisplayName}\"";
    }

    /// <summary>What people call a resource of this type, e.g. "sign-in rule".</summary>
    public static string Noun(string type) => Nouns.TryGetValue(type, out var noun) ? noun : GenericNoun(type);

    /// <summary>
    /// What happened, as a sentence: "the sign-in rule \"Require MFA for staff\" was switched to report-only outside
    /// the pipeline." (lower-case start, so it can follow "found ").
    /// </summary>
    public static string WhatHappened(DriftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var name = Name(item.Resource);
        return item.Kind switch
        {
            DriftKind.DeletedOutsidePipeline => $"{name} was deleted outside the pipeline.",
            // What an undeclared object does is the point ("Excludes SLT from MFA"): the comparer's note says it.
            DriftKind.Unmanaged => $"{name} exists in the live system but is not declared in the stack file.{(item.Note.Length > 0 ? $" {item.Note}" : string.Empty)}",
            DriftKind.Unreadable when item.Resource.Address.Length == 0 => $"{item.Note}",
            DriftKind.Unreadable => $"{name} could not be read, so nobody knows whether it was changed.",
            _ => $"{name} {Change(item)} outside the pipeline.",
        };
    }

    /// <summary>What to do about it, for a finding's action.</summary>
    public static string Action(DriftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            DriftKind.Unreadable => "find out why the refresh could not read it and run the drift check again",
            DriftKind.Unmanaged => "remove it from the live system, or declare it in the stack file in a pull request",
            _ => "run the deploy to put the declared settings back, or, if the change was wanted, make it in the stack file in a pull request",
        };
    }

    /// <summary>"was switched to report-only", "had \"x\" changed from A to B", "had 3 settings changed (a, b and c)".</summary>
    public static string Change(DriftItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var properties = item.Properties;
        if (properties.Length == 1)
        {
            return Change(item.Resource.Type, properties[0]);
        }

        var named = properties.Select(p => Phrase(item.Resource.Type, p)).OfType<string>().ToList();
        if (named.Count == properties.Length)
        {
            return Join(named);
        }

        return $"had {properties.Length} settings changed ({Join([.. properties.Select(p => $"\"{p.Path}\"")])})";
    }

    /// <summary>One property's change in words.</summary>
    public static string Change(string type, PropertyDrift property)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (Phrase(type, property) is { } phrase)
        {
            return phrase;
        }

        var path = property.Path.Length == 0 ? "a setting Pulumi did not name" : $"\"{property.Path}\"";
        return property.Change switch
        {
            PropertyChange.Added => $"had {path} added ({property.Live.Display})",
            PropertyChange.Removed => $"had {path} removed (it was {property.Declared.Display})",
            PropertyChange.ReportedByProvider => $"had {path} changed, as the provider reports, though neither side shows a different value",
            _ => $"had {path} changed from {property.Declared.Display} to {property.Live.Display}",
        };
    }

    private static string? Phrase(string type, PropertyDrift property)
    {
        var live = property.Live.Text;
        foreach (var (t, path, value, phrase) in Phrases)
        {
            var typeMatches = t.StartsWith("*:", StringComparison.Ordinal) ? type.EndsWith(t[1..], StringComparison.Ordinal) : t == type;
            if (typeMatches && path == property.Path && value == live)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>"graphBetaDeviceManagementWindowsUpdateRing" → "device management windows update ring" (a last resort).</summary>
    private static string GenericNoun(string type)
    {
        var name = type[(type.LastIndexOf(':') + 1)..];
        if (name.StartsWith("GraphBeta", StringComparison.Ordinal))
        {
            name = name["GraphBeta".Length..];
        }

        var words = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.Length == 0 ? "resource" : words.ToString();
    }

    private static string Join(List<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
