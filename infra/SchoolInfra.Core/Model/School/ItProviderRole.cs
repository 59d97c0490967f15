using System.ComponentModel;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

public sealed record ItProviderRole : ConfigRecord
{
    [Description("The IT provider's organisation.")]
    public required string Organisation { get; init; }

    [Description("A service desk address, not a person's own mailbox.")]
    [Format(ValueFormat.Email)]
    public required string Contact { get; init; }

    [Description("When the current contract ends.")]
    public LocalDate? ContractEnds { get; init; }
}
