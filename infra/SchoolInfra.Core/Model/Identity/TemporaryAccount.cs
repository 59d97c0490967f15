using System.ComponentModel;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Identity;

/// <summary>A current temporary account (GST-01), by reference only: no personal names in config.</summary>
public sealed record TemporaryAccount : ConfigRecord
{
    [Description("A reference such as \"supply-y3-autumn\"; not a person's name.")]
    [UniqueKey(RefKind.TemporaryAccount)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required GuestType Type { get; init; }

    [RefersTo(RefKind.Group)]
    public required string Group { get; init; }

    public required SchoolRole Sponsor { get; init; }

    public required LocalDate From { get; init; }

    public required LocalDate Until { get; init; }
}
