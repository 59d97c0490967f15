using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Filtering a school must get right before anything can be built: no group in two profiles, a uniform choice with
/// one profile, backends declared and covering each other's gaps, every internet connection filtered by a declared
/// backend, and no exception that unblocks illegal content (FIL-04). Whether everyone is filtered, profiles fit the
/// groups, the provider is accredited and exceptions are approved and end on time are FIL controls in Policy.
/// </summary>
public sealed class FilteringChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        if (context.Config.Filtering is not { } filtering)
        {
            return;
        }

        CheckGroups(context, filtering);
        CheckDifferentiation(context, filtering);
        FilteringBackendChecks.Check(context, filtering);
        FilteringExceptionChecks.Check(context, filtering);
    }

    private static void CheckGroups(ValidationContext context, FilteringConfig filtering)
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
        }
    }

    private static void CheckDifferentiation(ValidationContext context, FilteringConfig filtering)
    {
        if (filtering.Differentiation == Differentiation.Uniform && filtering.Profiles.Length != 1)
        {
            context.Diagnostics.Add(FilteringDiagnostics.UniformNeedsOneProfile(filtering.Span, filtering.Profiles.Length));
        }
    }

    /// <summary>The config name of a backend, as the school writes it (e.g. <c>globalSecureAccess</c>).</summary>
    internal static string Name(FilteringBackend backend) => ConfigNaming.EnumValue(backend);
}
