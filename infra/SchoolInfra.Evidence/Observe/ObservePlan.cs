using System.Collections.Immutable;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// What to read for one school, taken from its settings: the school's group names (how it finds its groups in the
/// tenant), which groups hold administrators, the emergency accounts, and which optional services it uses.
/// </summary>
public sealed record ObservePlan(
    string Stack,
    string TenantDomain,
    string GroupNamePrefix,
    ImmutableSortedDictionary<string, string> GroupKeysByDisplayName,
    ImmutableHashSet<string> AdminGroupKeys,
    ImmutableArray<BreakGlassAccount> BreakGlass,
    bool UsesGlobalSecureAccess,
    JamfProduct? Jamf)
{
    /// <summary>How many days of emergency-account sign-ins to read (Entra keeps 30 days with P1).</summary>
    public int SignInDays { get; init; } = 30;

    public static ObservePlan For(string stack, SchoolConfig config)
    {
        var prefix = $"{config.School.ShortName} - ";
        return new ObservePlan(
            stack,
            config.School.TenantDomain,
            prefix,
            config.Identity.Groups.ToImmutableSortedDictionary(g => prefix + g.DisplayName, g => g.Key, StringComparer.OrdinalIgnoreCase),
            [.. config.Identity.Groups.Where(g => g.Kind == GroupKind.ItAdmin).Select(g => g.Key)],
            config.Identity.BreakGlass,
            config.Filtering?.GlobalSecureAccess is { Enabled: true },
            config.Devices?.Ipads?.ManagedBy);
    }
}
