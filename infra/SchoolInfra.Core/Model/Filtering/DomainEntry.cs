using System.ComponentModel;
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

    [Description("Block lists only: this domain was blocked for illegal content (reported to the IWF or the police). No exception or allow entry may lift it, for anyone (FIL-04).")]
    public bool IllegalContent { get; init; }
}
