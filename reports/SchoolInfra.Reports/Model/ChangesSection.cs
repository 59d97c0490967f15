using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Changes made to the school's files this term, from git history, with who approved each.</summary>
/// <param name="Since">The first day counted, e.g. "2 Sep 2026".</param>
/// <param name="Summary">How many changes, and whether each was approved.</param>
/// <param name="Entries">One per commit, oldest first.</param>
/// <param name="ApprovalsChecked">Whether the approvals were read from GitHub; when not, no change counts as approved.</param>
public sealed record ChangesSection(string Since, string Summary, ImmutableArray<ChangeEntry> Entries, bool ApprovalsChecked = true);
