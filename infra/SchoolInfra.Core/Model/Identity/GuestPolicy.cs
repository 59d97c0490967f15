using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record GuestPolicy : ConfigRecord
{
    [Description("Which kinds of temporary adult may be given an account (visitors get guest Wi-Fi only by default).")]
    public ImmutableArray<GuestType> AccountTypes { get; init; } = [GuestType.Supply, GuestType.Trainee, GuestType.Contractor];

    [Range(1, 365)]
    public int SupplyMaxDays { get; init; } = 100;

    [Range(1, 365)]
    public int ContractorMaxDays { get; init; } = 100;

    [Range(1, 366)]
    public int TraineeMaxDays { get; init; } = 366;

    [Range(1, 7)]
    public int VisitorMaxDays { get; init; } = 1;
}
