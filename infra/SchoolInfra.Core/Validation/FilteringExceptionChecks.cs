using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Exceptions and allow entries (FIL-04, FIL-10, FIL-11): approved by an allowed role, dated sensibly, ending within
/// the academic year, never lifting an illegal-content block, and lifting a deliberate block only knowingly.
/// </summary>
internal static class FilteringExceptionChecks
{
    /// <summary>FIL-11: an exception should last about a term at most.</summary>
    public const int LongestUsualDays = 100;

    public static void Check(ValidationContext context, FilteringConfig filtering)
    {
        var bag = context.Diagnostics;
        var illegal = filtering.Profiles
            .SelectMany(p => p.BlockedDomains.Concat(p.AllowedDomains))
            .Where(e => e.IllegalContent)
            .ToList();
        var approvers = Approvers(context.Config.Roles, filtering.DslMayApprove);
        foreach (var exception in filtering.Exceptions)
        {
            CheckApproval(context, exception, approvers);
            var expired = exception.IsExpired(context.Today);
            if (expired)
            {
                bag.Add(FilteringDiagnostics.ExpiredException(exception.Span, exception.Domain, Iso(exception.ExpiresOn)));
            }

            if (illegal.FirstOrDefault(e => DomainNames.Overlap(exception.Domain, e.Domain)) is { } illegalEntry)
            {
                bag.Add(FilteringDiagnostics.UnblocksIllegalContent(exception.Span, exception.Domain, illegalEntry.Domain));
            }
            else if (!expired && !exception.OverridesBlock)
            {
                CheckDeliberateBlocks(context, filtering, exception);
            }
        }

        foreach (var allowed in filtering.Profiles.SelectMany(p => p.AllowedDomains))
        {
            if (illegal.FirstOrDefault(e => DomainNames.Overlap(allowed.Domain, e.Domain)) is { } illegalEntry)
            {
                bag.Add(FilteringDiagnostics.UnblocksIllegalContent(allowed.Span, allowed.Domain, illegalEntry.Domain));
            }
        }
    }

    private static void CheckApproval(ValidationContext context, FilteringException exception, IReadOnlyList<SchoolRole> approvers)
    {
        var bag = context.Diagnostics;
        if (exception is not { ApprovedBy: { } approvedBy, ApprovedOn: { } approvedOn })
        {
            bag.Add(FilteringDiagnostics.UnapprovedException(exception.Span, exception.Domain));
            return;
        }

        if (!approvers.Contains(approvedBy))
        {
            bag.Add(FilteringDiagnostics.ApproverNotAllowed(exception.Span, exception.Domain, ConfigNaming.EnumValue(approvedBy), Describe(approvers)));
        }

        if (approvedOn > context.Today)
        {
            bag.Add(FilteringDiagnostics.ApprovedInFuture(exception.Span, exception.Domain, Iso(approvedOn)));
        }

        if (exception.ExpiresOn <= approvedOn)
        {
            bag.Add(FilteringDiagnostics.EndsBeforeApproval(exception.Span, exception.Domain));
            return;
        }

        var yearEnd = AcademicYearEnd(approvedOn);
        if (exception.ExpiresOn > yearEnd)
        {
            bag.Add(FilteringDiagnostics.BeyondAcademicYear(exception.Span, exception.Domain, Iso(exception.ExpiresOn), Iso(yearEnd)));
        }

        var days = Period.Between(approvedOn, exception.ExpiresOn, PeriodUnits.Days).Days;
        if (days > LongestUsualDays)
        {
            bag.Add(FilteringDiagnostics.LongerThan100Days(exception.Span, exception.Domain, days));
        }
    }

    /// <summary>A domain a profile of the exception's groups blocks with a reason: lifting it must be a knowing choice.</summary>
    private static void CheckDeliberateBlocks(ValidationContext context, FilteringConfig filtering, FilteringException exception)
    {
        foreach (var profile in filtering.Profiles.Where(p => p.Groups.Any(exception.Groups.Contains)))
        {
            if (profile.BlockedDomains.FirstOrDefault(b => DomainNames.Overlap(exception.Domain, b.Domain)) is { } blocked)
            {
                context.Diagnostics.Add(FilteringDiagnostics.OverridesBlockedDomain(exception.Span, exception.Domain, blocked.Domain, profile.Key));
                return;
            }
        }
    }

    /// <summary>
    /// Who may approve (FIL-10, C6 in controls.md): the headteacher, the second responsible person when one is named,
    /// and the DSL only when the school has chosen that. Technical staff and the IT provider never approve.
    /// </summary>
    private static List<SchoolRole> Approvers(SchoolRoles roles, bool dslMayApprove)
    {
        List<SchoolRole> approvers = [SchoolRole.Headteacher];
        if (roles.SecondResponsiblePerson is not null)
        {
            approvers.Add(SchoolRole.SecondResponsiblePerson);
        }

        if (dslMayApprove && roles.Dsl is not null)
        {
            approvers.Add(SchoolRole.Dsl);
        }

        return approvers;
    }

    private static string Describe(IReadOnlyList<SchoolRole> approvers) => string.Join(" or ", approvers.Select(r => ConfigNaming.EnumValue(r)));

    /// <summary>The 31 August that ends the academic year (1 September to 31 August) holding <paramref name="date"/>.</summary>
    public static LocalDate AcademicYearEnd(LocalDate date) => new(date.Month >= 9 ? date.Year + 1 : date.Year, 8, 31);

    private static string Iso(LocalDate date) => IsoDate.Format(date);
}
