using System.ComponentModel;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

public sealed record SchoolTerm : ConfigRecord
{
    [Description("e.g. \"Autumn 2026\".")]
    public required string Name { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    [Description("The half-term holiday, if any: weekly monitoring reviews and school-day counts skip it.")]
    public TermBreak? HalfTerm { get; init; }
}
