using System.ComponentModel.DataAnnotations;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

/// <summary>A control knowingly not met for a while (CHG-05): reason, approver role, dates.</summary>
public sealed record Waiver : ConfigRecord
{
    [Format(ValueFormat.ControlId)]
    public required string Control { get; init; }

    [StringLength(500, MinimumLength = 10)]
    public required string Reason { get; init; }

    public required SchoolRole ApprovedBy { get; init; }

    public required LocalDate ApprovedOn { get; init; }

    public required LocalDate ExpiresOn { get; init; }
}
