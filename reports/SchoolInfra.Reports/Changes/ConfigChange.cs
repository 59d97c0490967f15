using System.Collections.Immutable;

namespace SchoolInfra.Reports.Changes;

/// <summary>One change between two versions of a school's settings, in plain English.</summary>
/// <param name="Area">The part of the settings it is in.</param>
/// <param name="Text">One sentence, e.g. "Allows youtube.com for Year 6 pupils until 19 Dec 2026, requested by the Year 6 teacher."</param>
/// <param name="Controls">The controls it touches, sorted.</param>
/// <param name="Risks">What it weakens, if anything.</param>
public sealed record ConfigChange(ChangeArea Area, string Text, ImmutableArray<string> Controls, ImmutableArray<RiskFlag> Risks)
{
    public bool Equals(ConfigChange? other) => other is not null && Area == other.Area && Text == other.Text
        && Controls.SequenceEqual(other.Controls) && Risks.SequenceEqual(other.Risks);

    public override int GetHashCode() => HashCode.Combine(Area, Text);
}
