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

    [Description("The last day the site is unblocked. An exception without one is never deployed and FIL-11 is not met.")]
    public LocalDate? ExpiresOn { get; init; }

    [Description("Set to true when the exception knowingly lifts a domain that a profile blocks on purpose: the approver has read that block's reason.")]
    public bool OverridesBlock { get; init; }

    /// <summary>Approved by a role on a date. Unapproved exceptions are never deployed (FIL-10).</summary>
    public bool IsApproved() => ApprovedBy is not null && ApprovedOn is not null;

    /// <summary>Past its last day: <see cref="ExpiresOn"/> is the last day the site is unblocked (FIL-11).</summary>
    public bool IsExpired(LocalDate today) => ExpiresOn is { } last && last < today;

    /// <summary>Deployed today: approved, already approved by today, with an end date that has not passed.</summary>
    public bool IsLive(LocalDate today) =>
        ApprovedOn is { } approvedOn && ApprovedBy is not null && approvedOn <= today && ExpiresOn is not null && !IsExpired(today);
}
