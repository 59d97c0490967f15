using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Filtering;

public sealed record FilteringDecision : ConfigRecord
{
    public required string Reason { get; init; }

    public required SchoolRole DecidedBy { get; init; }

    public required LocalDate DecidedOn { get; init; }
}
