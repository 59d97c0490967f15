using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// The backends behind the profiles: declared, consistent with the Azure DNS policy, covering one another's gaps, and
/// filtering every internet connection (FIL-09).
/// </summary>
internal static class FilteringBackendChecks
{
    public static void Check(ValidationContext context, FilteringConfig filtering)
    {
        var bag = context.Diagnostics;
        // Whether the provider is accredited (IWF, CTIRU) is FIL-03's finding; a check dated in the future cannot be true.
        if (filtering.Upstream is { } upstream && upstream.LastChecked > context.Today)
        {
            bag.Add(FilteringDiagnostics.UpstreamCheckedInFuture(upstream.Span, IsoDate.Format(upstream.LastChecked)));
        }

        CheckAzureDns(context, filtering);
        foreach (var profile in filtering.Profiles)
        {
            var undeclared = profile.EnforcedBy.Distinct().Where(b => !FilteringCoverage.IsDeclared(filtering, b)).ToList();
            foreach (var backend in undeclared)
            {
                bag.Add(FilteringDiagnostics.BackendNotDeclared(profile.Span, profile.Key, FilteringChecks.Name(backend)));
            }

            // Gaps are only meaningful once every named backend exists; until then SI2213 says what to fix.
            if (undeclared.Count == 0 && !profile.EnforcedBy.IsEmpty)
            {
                CheckGaps(context, filtering, profile);
            }
        }

        foreach (var connection in filtering.Connections)
        {
            if (connection.FilteredBy == FilteringBackend.AzureDns)
            {
                bag.Add(FilteringDiagnostics.ConnectionFilteredByAzureDns(connection.Span, connection.Key));
            }
            else if (!FilteringCoverage.IsDeclared(filtering, connection.FilteredBy))
            {
                bag.Add(FilteringDiagnostics.ConnectionBackendNotDeclared(connection.Span, connection.Key, FilteringChecks.Name(connection.FilteredBy)));
            }
        }
    }

    private static void CheckAzureDns(ValidationContext context, FilteringConfig filtering)
    {
        if (filtering.AzureDns is not { } dns)
        {
            return;
        }

        foreach (var profile in filtering.Profiles)
        {
            var lists = profile.EnforcedBy.Contains(FilteringBackend.AzureDns);
            var applied = profile.Key == dns.Profile;
            if (lists && !applied)
            {
                context.Diagnostics.Add(FilteringDiagnostics.AzureDnsProfileMismatch(profile.Span, dns.Profile));
            }
            else if (applied && !lists)
            {
                context.Diagnostics.Add(FilteringDiagnostics.AzureDnsProfileMismatch(dns.Span, dns.Profile));
            }
        }
    }

    private static void CheckGaps(ValidationContext context, FilteringConfig filtering, FilteringProfile profile)
    {
        var hasExceptions = filtering.Exceptions.Any(e => !e.IsExpired(context.Today) && e.Groups.Any(profile.Groups.Contains));
        var backends = string.Join(", ", profile.EnforcedBy.Distinct().Select(FilteringChecks.Name));
        foreach (var need in FilteringCoverage.NeedsOf(profile, hasExceptions))
        {
            if (!FilteringCoverage.CoveringBackends(filtering, profile, need).IsEmpty)
            {
                continue;
            }

            // An upstream filter that is not accredited is FIL-03's finding, reported once at the provider.
            var judgedByFil03 = need.Feature == FilterFeature.IllegalContent && profile.EnforcedBy.Contains(FilteringBackend.Upstream);
            if (!judgedByFil03)
            {
                context.Diagnostics.Add(FilteringDiagnostics.BackendGap(profile.Span, profile.Key, need.Describe(), backends));
            }
        }
    }
}
