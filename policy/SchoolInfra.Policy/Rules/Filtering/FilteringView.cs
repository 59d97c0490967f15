using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// What a school's filtering declaration adds up to, for the FIL rules: which groups each profile serves, which of
/// its backends are declared, what they enforce and which categories each profile ends up blocking. What a backend
/// can enforce comes from <see cref="FilteringCoverage"/>, the table validation and the builder use, so the three
/// agree; this view adds the two features that table does not need (logging with identity, following devices off
/// site).
/// </summary>
public sealed class FilteringView
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

    public FilteringView(SchoolConfig config, FilteringConfig filtering)
    {
        Filtering = filtering;
        _groups = config.Identity.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        PeopleGroups = [.. config.Identity.Groups.Where(g => g.HoldsPeople())];
    }

    public FilteringConfig Filtering { get; }

    /// <summary>Groups of people who browse: every declared group except declared service accounts.</summary>
    public ImmutableArray<UserGroup> PeopleGroups { get; }

    public ImmutableArray<FilteringProfile> Profiles => Filtering.Profiles;

    public IReadOnlyList<FilteringProfile> ProfilesOf(string groupKey) =>
        [.. Profiles.Where(p => p.Groups.Contains(groupKey, StringComparer.Ordinal))];

    public bool ServesPupils(FilteringProfile profile) => KindsOf(profile).Contains(GroupKind.Pupil);

    public bool ServesGuests(FilteringProfile profile) => KindsOf(profile).Contains(GroupKind.Guest);

    public bool ServesStaff(FilteringProfile profile) => KindsOf(profile).Any(StaffKinds.Contains);

    /// <summary>Whether the backend is declared (and switched on) in the stack file.</summary>
    public bool IsDeclared(FilteringBackend backend) => FilteringCoverage.IsDeclared(Filtering, backend);

    /// <summary>The profile's backends that are declared; the others enforce nothing.</summary>
    public IReadOnlyList<FilteringBackend> DeclaredBackends(FilteringProfile profile) => [.. profile.EnforcedBy.Distinct().Where(IsDeclared)];

    /// <summary>
    /// What a declared backend enforces. Beyond <see cref="FilteringCoverage"/>: Global Secure Access logs each request
    /// with the user and device when traffic logging is on, and its client runs on Windows, macOS, iOS and Android, so
    /// it follows school devices off site (Microsoft Learn, "Global Secure Access client for Windows").
    /// </summary>
    public bool Enforces(FilteringBackend backend, FilterFeature feature) => (backend, feature) switch
    {
        (FilteringBackend.GlobalSecureAccess, FilterFeature.OffSiteDevices) => IsDeclared(backend),
        (FilteringBackend.GlobalSecureAccess, FilterFeature.UserIdentification) => IsDeclared(backend) && Filtering.GlobalSecureAccess?.TrafficLogging == true,
        _ => FilteringCoverage.Covers(Filtering, backend, new FilteringNeed(feature)),
    };

    public bool Enforces(FilteringProfile profile, FilterFeature feature) => DeclaredBackends(profile).Any(b => Enforces(b, feature));

    /// <summary>
    /// The categories a profile really blocks: those it lists that one of its backends can block, and those the
    /// upstream filter blocks for every user when the profile passes through it.
    /// </summary>
    public ImmutableHashSet<ContentCategory> BlockedCategories(FilteringProfile profile) =>
        [.. Enum.GetValues<ContentCategory>().Where(c => BlockingBackends(profile, c).Count > 0)];

    /// <summary>Categories of the profile that only the upstream filter blocks: their evidence is the provider's attestation.</summary>
    public ImmutableHashSet<ContentCategory> BlockedOnlyUpstream(FilteringProfile profile) =>
        [.. Enum.GetValues<ContentCategory>().Where(c => BlockingBackends(profile, c) is [FilteringBackend.Upstream])];

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

    /// <summary>
    /// The profile's backends that block <paramref name="category"/> for it: any backend that can block a category the
    /// profile lists, and the upstream filter for the categories it blocks for everyone.
    /// </summary>
    private List<FilteringBackend> BlockingBackends(FilteringProfile profile, ContentCategory category)
    {
        var need = FilteringNeed.BlockCategory(category);
        var covering = FilteringCoverage.CoveringBackends(Filtering, profile, need);
        return profile.BlockedCategories.Contains(category)
            ? [.. covering]
            : [.. covering.Where(b => b == FilteringBackend.Upstream)];
    }

    private IEnumerable<GroupKind> KindsOf(FilteringProfile profile) =>
        profile.Groups.Select(key => _groups.GetValueOrDefault(key)).OfType<UserGroup>().Select(g => g.Kind);
}
