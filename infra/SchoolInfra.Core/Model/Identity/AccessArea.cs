using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

/// <summary>Something people reach (an app, a shared drive, a site) and whether it holds personal data.</summary>
public sealed record AccessArea : ConfigRecord
{
    [UniqueKey(RefKind.AccessArea)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required AccessAreaKind Kind { get; init; }

    [Description("Holds personal data about pupils, families or staff (MIS, safeguarding log, HR, finance, staff drive).")]
    public bool PersonalData { get; init; }

    [Description("Only staff may reach it.")]
    public bool StaffOnly { get; init; }

    [Description("Areas that hold no personal data: why not, e.g. \"Published teaching resources only\". Written down so that marking an area as holding none is a visible choice (IAM-01).")]
    [StringLength(300, MinimumLength = 10)]
    public string? NoPersonalDataBecause { get; init; }

    [Description("The kinds of group whose role needs this area (IAM-07). Default: staff groups (not governors, pupils or guests) for areas holding personal data; everyone for the others.")]
    public ImmutableArray<GroupKind> NeededBy { get; init; } = [];
}
