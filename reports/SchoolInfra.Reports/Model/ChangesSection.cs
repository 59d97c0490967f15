using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Changes made to the school's files this term, from git history, with who approved each.</summary>
/// <param name="Since">The first day counted, e.g. "2 Sep 2026".</param>
/// <param name="Summary">How many changes, and whether each was approved.</param>
/// <param name="Entries">One per commit that matters, oldest first.</param>
/// <param name="ApprovalsChecked">Whether the approvals were read from GitHub; when not, no change counts as approved.</param>
/// <param name="Minor">One line counting the changes left out of <paramref name="Entries"/> (records, scripts or unlisted
/// details only, no risk, nothing to say about their approval); empty when there are none.</param>
public sealed record ChangesSection(string Since, string Summary, ImmutableArray<ChangeEntry> Entries, bool ApprovalsChecked = true, string Minor = "")
{
    /// <summary>The dates of every change this term, listed or counted in <see cref="Minor"/>, each once, oldest first.</summary>
    public ImmutableArray<string> AllDates { get; init; } = [];

    /// <summary>How many changes were made this term, listed or counted in <see cref="Minor"/>.</summary>
    public int Total { get; init; }
}
