using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

/// <summary>A holiday inside a term (half term): not term time, so weekly and school-day counts skip it.</summary>
public sealed record TermBreak : ConfigRecord
{
    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }
}
