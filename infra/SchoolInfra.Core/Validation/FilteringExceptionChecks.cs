using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Exceptions and allow entries that cannot be deployed: one that would lift an illegal-content block (FIL-04: never,
/// for anyone), one that lifts a deliberate block without saying so, and dates the wrong way round. Who approved an
/// exception and how long it lasts are FIL-10 and FIL-11 in Policy: the filtering build deploys only exceptions that
/// are approved and have an end date, and the report shows governors the rest as "not met".
/// </summary>
internal static class FilteringExceptionChecks
{
    public static void Check(ValidationContext context, FilteringConfig filtering)
    {
        var bag = context.Diagnostics;
        var illegal = new DomainIndex([.. filtering.Profiles
            .SelectMany(p => p.BlockedDomains.Concat(p.AllowedDomains))
            .Where(e => e.IllegalContent)]);
        var blocked = filtering.Profiles.ToDictionary<FilteringProfile, FilteringProfile, DomainIndex>(p => p, p => new DomainIndex(p.BlockedDomains), ReferenceEqualityComparer.Instance);
        foreach (var exception in filtering.Exceptions)
        {
            if (exception is { ApprovedOn: { } approvedOn, ExpiresOn: { } expiresOn } && expiresOn <= approvedOn)
            {
                bag.Add(FilteringDiagnostics.EndsBeforeApproval(exception.Span, exception.Domain));
            }

            var expired = exception.IsExpired(context.Today);
            if (expired && exception.ExpiresOn is { } ended)
            {
                bag.Add(FilteringDiagnostics.ExpiredException(exception.Span, exception.Domain, IsoDate.Format(ended)));
            }

            if (illegal.FirstOverlap(exception.Domain) is { } illegalEntry)
            {
                bag.Add(FilteringDiagnostics.UnblocksIllegalContent(exception.Span, exception.Domain, illegalEntry.Domain));
            }
            else if (!expired && !exception.OverridesBlock)
            {
                CheckDeliberateBlocks(context, filtering, exception, blocked);
            }
        }

        foreach (var allowed in filtering.Profiles.SelectMany(p => p.AllowedDomains))
        {
            if (illegal.FirstOverlap(allowed.Domain) is { } illegalEntry)
            {
                bag.Add(FilteringDiagnostics.UnblocksIllegalContent(allowed.Span, allowed.Domain, illegalEntry.Domain));
            }
        }
    }

    /// <summary>A domain a profile of the exception's groups blocks with a reason: lifting it must be a knowing choice.</summary>
    private static void CheckDeliberateBlocks(ValidationContext context, FilteringConfig filtering, FilteringException exception,
        Dictionary<FilteringProfile, DomainIndex> blockedByProfile)
    {
        foreach (var profile in filtering.Profiles.Where(p => p.Groups.Any(exception.Groups.Contains)))
        {
            if (blockedByProfile[profile].FirstOverlap(exception.Domain) is { } blocked)
            {
                context.Diagnostics.Add(FilteringDiagnostics.OverridesBlockedDomain(exception.Span, exception.Domain, blocked.Domain, profile.Key));
                return;
            }
        }
    }
}
