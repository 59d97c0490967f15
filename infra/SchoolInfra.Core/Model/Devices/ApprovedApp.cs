using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Devices;

public sealed record ApprovedApp : ConfigRecord
{
    public required string Name { get; init; }

    public required DevicePlatform Platform { get; init; }

    public required SchoolRole ApprovedBy { get; init; }

    public required LocalDate ApprovedOn { get; init; }
}
