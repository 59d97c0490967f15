using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Reports.Model;

/// <summary>The term a report covers: the one <c>today</c> falls in; in a holiday, the term just ended.</summary>
public static class ReportTerm
{
    /// <summary>The term to report on, or null when the school declares no terms.</summary>
    public static SchoolTerm? Current(ImmutableArray<SchoolTerm> terms, LocalDate today) =>
        terms.FirstOrDefault(t => t.Start <= today && today <= t.End)
        ?? terms.Where(t => t.End < today).MaxBy(t => t.End)
        ?? terms.OrderBy(t => t.Start).FirstOrDefault();
}
