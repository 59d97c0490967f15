using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// How much of the report was checked against the live systems, when, and how much rests on the declared settings
/// alone: the counts and date for the front page (issue 12 lays them out), the plain sentences, and what the
/// latest drift check found.
/// </summary>
/// <param name="Checked">A drift check of the live systems is part of this report.</param>
/// <param name="Status">"Checked against the live systems on 23 Nov 2026." or "Not yet checked against the live systems."</param>
/// <param name="CheckedOn">The date of the latest drift check, e.g. "23 Nov 2026"; empty when none ran.</param>
/// <param name="TotalControls">How many controls the report covers.</param>
/// <param name="ControlsCheckedLive">Controls with evidence observed on the live systems.</param>
/// <param name="ControlsPartlyCheckedLive">Of those, controls whose live part is only partly covered: their declared
/// settings were found in place, but what only a read of the tenant or devices shows is still to check.</param>
/// <param name="ControlsFromRecords">Controls whose evidence is dated records (and settings), not live.</param>
/// <param name="ControlsDeclaredOnly">Controls that rest on the declared settings alone: what the school asked for,
/// not proof that it is in place.</param>
/// <param name="ControlsWithoutEvidence">Controls for which no evidence could be read at all.</param>
/// <param name="Split">One sentence with the counts and the date, for the front page.</param>
/// <param name="Explanation">A few sentences on what this means.</param>
/// <param name="Drift">What the latest drift check found, one plain sentence per item; empty when nothing or no check.</param>
public sealed record LiveStateSection(
    bool Checked,
    string Status,
    string CheckedOn,
    int TotalControls,
    int ControlsCheckedLive,
    int ControlsPartlyCheckedLive,
    int ControlsFromRecords,
    int ControlsDeclaredOnly,
    int ControlsWithoutEvidence,
    string Split,
    ImmutableArray<string> Explanation,
    ImmutableArray<string> Drift);
