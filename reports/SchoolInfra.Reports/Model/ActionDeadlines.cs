using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// By when each action is due, in one place: two weeks for high importance and anything overdue, the end of the first
/// term that ends after that for medium, the end of the term after it for low.
/// </summary>
internal sealed class ActionDeadlines(ImmutableArray<SchoolTerm> terms, LocalDate today)
{
    private const int UrgentDays = 14;

    public LocalDate Urgent { get; } = today.PlusDays(UrgentDays);

    public LocalDate For(ControlSeverity severity)
    {
        var ordered = terms.Where(t => t.End >= Urgent).OrderBy(t => t.End).ToList();
        return severity switch
        {
            ControlSeverity.High => Urgent,
            ControlSeverity.Medium => ordered.Count > 0 ? ordered[0].End : today.PlusDays(60),
            _ => ordered.Count > 1 ? ordered[1].End : today.PlusDays(120),
        };
    }
}
