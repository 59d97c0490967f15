using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Filtering rules a school must get right before anything is built: every group in exactly one profile with a
/// backend that filters people (FIL-01, FIL-02), backends declared and covering each other's gaps (FIL-03, FIL-04),
/// every internet connection filtered (FIL-09), and exceptions approved and ending on time (FIL-10, FIL-11).
/// </summary>
public sealed class FilteringChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        var config = context.Config;
        // Service groups hold accounts that run things rather than people who browse, so they need no profile.
        var people = config.Identity.Groups.Where(g => g.Kind != GroupKind.Service).ToList();
        if (config.Filtering is not { } filtering)
        {
            if (people.Count > 0)
            {
                context.Diagnostics.Add(FilteringDiagnostics.NoFiltering(config.Span));
            }

            return;
        }

        CheckGroups(context, filtering, people);
        CheckDifferentiation(context, filtering);
        FilteringBackendChecks.Check(context, filtering);
        FilteringExceptionChecks.Check(context, filtering);
    }

    private static void CheckGroups(ValidationContext context, FilteringConfig filtering, List<UserGroup> people)
    {
        var profileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in filtering.Profiles)
        {
            foreach (var group in profile.Groups.Distinct())
            {
                if (profileOf.TryGetValue(group, out var first))
                {
                    context.Diagnostics.Add(FilteringDiagnostics.GroupInSeveralProfiles(profile.Span, group, first, profile.Key));
                }
                else
                {
                    profileOf[group] = profile.Key;
                }
            }

            var filtersPeople = profile.EnforcedBy.Any(FilteringCoverage.FiltersPeople);
            if (profile.EnforcedBy.IsEmpty || (!profile.Groups.IsEmpty && !filtersPeople))
            {
                context.Diagnostics.Add(FilteringDiagnostics.NoPeopleFilter(profile.Span, profile.Key));
            }
        }

        foreach (var group in people.Where(g => !profileOf.ContainsKey(g.Key)))
        {
            context.Diagnostics.Add(FilteringDiagnostics.GroupNotFiltered(group.Span, group.Key));
        }
    }

    private static void CheckDifferentiation(ValidationContext context, FilteringConfig filtering)
    {
        if (filtering.Differentiation != Differentiation.Uniform)
        {
            return;
        }

        if (filtering.Decision is null)
        {
            context.Diagnostics.Add(FilteringDiagnostics.UniformWithoutDecision(filtering.Span));
        }

        if (filtering.Profiles.Length != 1)
        {
            context.Diagnostics.Add(FilteringDiagnostics.UniformNeedsOneProfile(filtering.Span, filtering.Profiles.Length));
        }
    }

    /// <summary>The config name of a backend, as the school writes it (e.g. <c>globalSecureAccess</c>).</summary>
    internal static string Name(FilteringBackend backend) => ConfigNaming.EnumValue(backend);
}
