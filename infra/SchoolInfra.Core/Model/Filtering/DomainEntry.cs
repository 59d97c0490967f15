using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>A permanent block or allow list entry: every entry carries its reason (FIL-10).</summary>
public sealed record DomainEntry : ConfigRecord
{
    [Format(ValueFormat.Domain)]
    public required string Domain { get; init; }

    [StringLength(300, MinimumLength = 5)]
    public required string Reason { get; init; }
}
