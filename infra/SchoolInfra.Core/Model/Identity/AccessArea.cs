using System.ComponentModel;
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
}
