using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>A site unblocked for some groups (FIL-10): requested, approved, and ending by itself (FIL-11).</summary>
public sealed record FilteringException : ConfigRecord
{
    [Format(ValueFormat.Domain)]
    public required string Domain { get; init; }

    [RefersTo(RefKind.Group)]
    public required ImmutableArray<string> Groups { get; init; }

    [StringLength(300, MinimumLength = 10)]
    public required string Reason { get; init; }

    [Description("The role that asked, e.g. \"Year 6 teacher\". A job title, never a name.")]
    [StringLength(80, MinimumLength = 3)]
    public required string RequestedBy { get; init; }

    [Description("The role that approved it: the headteacher or the second responsible person.")]
    public SchoolRole? ApprovedBy { get; init; }

    public LocalDate? ApprovedOn { get; init; }

    public required LocalDate ExpiresOn { get; init; }
}
