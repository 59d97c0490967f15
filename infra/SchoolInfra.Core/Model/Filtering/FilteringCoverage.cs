using System.Collections.Immutable;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>
/// What each backend can enforce, so that whatever one backend cannot do is covered by another backend of the same
/// profile (DESIGN.md "Filtering: three layers"). Validation refuses a profile with an uncovered need; the builder
/// turns each need one backend leaves to another into a delegation note.
/// </summary>
public static class FilteringCoverage
{
    /// <summary>A backend counts only when its section is present (and, for Global Secure Access, switched on).</summary>
    public static bool IsDeclared(FilteringConfig config, FilteringBackend backend) => backend switch
    {
        FilteringBackend.Upstream => config.Upstream is not null,
        FilteringBackend.GlobalSecureAccess => config.GlobalSecureAccess is { Enabled: true },
        FilteringBackend.AzureDns => config.AzureDns is not null,
        _ => false,
    };

    /// <summary>
    /// Whether the backend filters people's browsing. An Azure DNS security policy filters only workloads inside the
    /// school's Azure virtual networks, never a pupil's device (resource-types.md 2.4), so it cannot be a group's filter.
    /// </summary>
    public static bool FiltersPeople(FilteringBackend backend) => backend != FilteringBackend.AzureDns;

    /// <summary>
    /// What a profile asks for: the illegal-content lists and safe search always (FIL-03, FIL-04, FIL-06), each
    /// blocked category, the block list when it has entries, and the allow list when it has entries or exceptions.
    /// </summary>
    public static ImmutableArray<FilteringNeed> NeedsOf(FilteringProfile profile, bool hasExceptions)
    {
        var needs = ImmutableArray.CreateBuilder<FilteringNeed>();
        needs.Add(FilteringNeed.IllegalContent);
        needs.Add(FilteringNeed.SafeSearch);
        needs.AddRange(profile.BlockedCategories.Distinct().Select(FilteringNeed.BlockCategory));
        if (!profile.BlockedDomains.IsEmpty)
        {
            needs.Add(FilteringNeed.BlockList);
        }

        if (!profile.AllowedDomains.IsEmpty || hasExceptions)
        {
            needs.Add(FilteringNeed.AllowList);
        }

        return needs.ToImmutable();
    }

    public static bool Covers(FilteringConfig config, FilteringBackend backend, FilteringNeed need)
    {
        if (!IsDeclared(config, backend))
        {
            return false;
        }

        return backend switch
        {
            FilteringBackend.Upstream when config.Upstream is { } upstream => UpstreamCovers(upstream, need),
            FilteringBackend.GlobalSecureAccess => need.Category is { } category
                ? GlobalSecureAccessCategories.CanBlock(category)
                : need.Feature is FilterFeature.BlockList or FilterFeature.AllowList,
            FilteringBackend.AzureDns => need.Feature is FilterFeature.BlockList or FilterFeature.AllowList,
            _ => false,
        };
    }

    /// <summary>The profile's declared backends that cover <paramref name="need"/>, in the profile's order.</summary>
    public static ImmutableArray<FilteringBackend> CoveringBackends(FilteringConfig config, FilteringProfile profile, FilteringNeed need) =>
        [.. profile.EnforcedBy.Distinct().Where(b => Covers(config, b, need))];

    /// <summary>
    /// Only an accredited upstream provider blocks illegal content: IWF membership and the CTIRU list are what the
    /// DfE standard asks for (FIL-03), and no other backend can take their place.
    /// </summary>
    private static bool UpstreamCovers(UpstreamFilter upstream, FilteringNeed need) => need switch
    {
        { Feature: FilterFeature.IllegalContent } => upstream.IwfMember && upstream.CtiruList,
        { Category: ContentCategory.ProxyAndVpn } when upstream.Enforces.Contains(FilterFeature.Circumvention) => true,
        { Category: { } category } => upstream.Enforces.Contains(FilterFeature.Categories) && upstream.BlockedCategories.Contains(category),
        _ => upstream.Enforces.Contains(need.Feature),
    };
}
