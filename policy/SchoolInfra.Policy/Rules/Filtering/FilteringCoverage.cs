using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// What a school's filtering declaration adds up to: which groups each profile serves, which of its backends are
/// really declared, what each backend can enforce and which categories each profile ends up blocking. Shared by
/// the FIL rules so they all read the declaration the same way.
/// </summary>
public sealed class FilteringCoverage
{
    /// <summary>The ten UK Safer Internet Centre "inappropriate content" categories (2024), FIL-05.</summary>
    public static ImmutableArray<ContentCategory> UksicCategories { get; } =
    [
        ContentCategory.Discrimination,
        ContentCategory.DrugsSubstanceAbuse,
        ContentCategory.Extremism,
        ContentCategory.Gambling,
        ContentCategory.HateSpeech,
        ContentCategory.MalwareHacking,
        ContentCategory.Pornography,
        ContentCategory.PiracyCopyrightTheft,
        ContentCategory.SelfHarm,
        ContentCategory.Violence,
    ];

    private static readonly ImmutableHashSet<GroupKind> StaffKinds =
    [
        GroupKind.Teaching, GroupKind.Support, GroupKind.Office, GroupKind.Slt, GroupKind.Dsl, GroupKind.ItAdmin, GroupKind.Governor,
    ];

    private readonly Dictionary<string, UserGroup> _groups;

    public FilteringCoverage(SchoolConfig config, FilteringConfig filtering)
    {
        Filtering = filtering;
        _groups = config.Identity.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        PeopleGroups = [.. config.Identity.Groups.Where(g => g.Kind != GroupKind.Service)];
    }

    public FilteringConfig Filtering { get; }

    /// <summary>Groups of people who browse: every declared group except service accounts.</summary>
    public ImmutableArray<UserGroup> PeopleGroups { get; }

    public ImmutableArray<FilteringProfile> Profiles => Filtering.Profiles;

    public IReadOnlyList<FilteringProfile> ProfilesOf(string groupKey) =>
        [.. Profiles.Where(p => p.Groups.Contains(groupKey, StringComparer.Ordinal))];

    public bool ServesPupils(FilteringProfile profile) => KindsOf(profile).Contains(GroupKind.Pupil);

    public bool ServesGuests(FilteringProfile profile) => KindsOf(profile).Contains(GroupKind.Guest);

    public bool ServesStaff(FilteringProfile profile) => KindsOf(profile).Any(StaffKinds.Contains);

    /// <summary>Whether the backend is declared (and switched on) in the stack file.</summary>
    public bool IsDeclared(FilteringBackend backend) => backend switch
    {
        FilteringBackend.Upstream => Filtering.Upstream is not null,
        FilteringBackend.GlobalSecureAccess => Filtering.GlobalSecureAccess is { Enabled: true },
        FilteringBackend.AzureDns => Filtering.AzureDns is not null,
        _ => false,
    };

    /// <summary>The profile's backends that are declared; the others enforce nothing.</summary>
    public IReadOnlyList<FilteringBackend> DeclaredBackends(FilteringProfile profile) => [.. profile.EnforcedBy.Distinct().Where(IsDeclared)];

    /// <summary>
    /// What a declared backend can enforce. The upstream filter says so itself. Global Secure Access web content
    /// filtering blocks categories and domains, logs each request with the user and device when traffic logging is
    /// on, and its client runs on Windows, macOS, iOS and Android, so it follows devices off site. Azure DNS security
    /// policies filter only the school's Azure virtual networks, by domain list (resource-types.md section 2.4).
    /// </summary>
    public bool Enforces(FilteringBackend backend, FilterFeature feature)
    {
        if (!IsDeclared(backend))
        {
            return false;
        }

        return backend switch
        {
            FilteringBackend.Upstream => Filtering.Upstream?.Enforces.Contains(feature) == true,
            FilteringBackend.GlobalSecureAccess => feature is FilterFeature.Categories or FilterFeature.BlockList or FilterFeature.AllowList
                or FilterFeature.OffSiteDevices || (feature == FilterFeature.UserIdentification && Filtering.GlobalSecureAccess?.TrafficLogging == true),
            FilteringBackend.AzureDns => feature is FilterFeature.BlockList or FilterFeature.AllowList,
            _ => false,
        };
    }

    public bool Enforces(FilteringProfile profile, FilterFeature feature) => DeclaredBackends(profile).Any(b => Enforces(b, feature));

    /// <summary>
    /// The categories a profile really blocks: those it lists, when one of its backends can block categories, and
    /// those the upstream filter blocks for every user, when the profile passes through it.
    /// </summary>
    public ImmutableHashSet<ContentCategory> BlockedCategories(FilteringProfile profile)
    {
        var blocked = Enforces(profile, FilterFeature.Categories) ? profile.BlockedCategories.ToImmutableHashSet() : [];
        return UpstreamBlocksFor(profile) is { } upstream ? blocked.Union(upstream) : blocked;
    }

    /// <summary>Categories of the profile that only the upstream filter blocks (its evidence is the provider's attestation).</summary>
    public ImmutableHashSet<ContentCategory> BlockedOnlyUpstream(FilteringProfile profile)
    {
        var upstream = UpstreamBlocksFor(profile) ?? [];
        var ownBackends = DeclaredBackends(profile).Any(b => b != FilteringBackend.Upstream && Enforces(b, FilterFeature.Categories));
        return ownBackends ? upstream.Except(profile.BlockedCategories) : upstream;
    }

    /// <summary>Plain words for a category, for governors.</summary>
    public static string Describe(ContentCategory category) => category switch
    {
        ContentCategory.DrugsSubstanceAbuse => "drugs and substance abuse",
        ContentCategory.HateSpeech => "hate speech",
        ContentCategory.MalwareHacking => "malware and hacking",
        ContentCategory.PiracyCopyrightTheft => "piracy and copyright theft",
        ContentCategory.SelfHarm => "self harm",
        ContentCategory.ProxyAndVpn => "proxy and VPN sites",
        ContentCategory.SocialMedia => "social media",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string Describe(IEnumerable<ContentCategory> categories)
    {
        var words = categories.Order().Select(Describe).ToList();
        return words.Count <= 1 ? string.Concat(words) : $"{string.Join(", ", words[..^1])} and {words[^1]}";
    }

    /// <summary>Plain words for a backend.</summary>
    public static string Describe(FilteringBackend backend) => backend switch
    {
        FilteringBackend.Upstream => "the upstream filter",
        FilteringBackend.GlobalSecureAccess => "Global Secure Access",
        FilteringBackend.AzureDns => "the Azure DNS policy",
        _ => ConfigNaming.EnumValue(backend),
    };

    private ImmutableHashSet<ContentCategory>? UpstreamBlocksFor(FilteringProfile profile) =>
        Filtering.Upstream is { } upstream && DeclaredBackends(profile).Contains(FilteringBackend.Upstream)
            ? [.. upstream.BlockedCategories]
            : null;

    private IEnumerable<GroupKind> KindsOf(FilteringProfile profile) =>
        profile.Groups.Select(key => _groups.GetValueOrDefault(key)).OfType<UserGroup>().Select(g => g.Kind);
}
