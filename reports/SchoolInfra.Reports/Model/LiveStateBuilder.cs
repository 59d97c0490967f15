using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Reports.Drift;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// The live/declared split: each control counts once, by its strongest evidence (live, then records, then the
/// declared settings alone, then none), so governors can see how much was checked and how much is only asked for.
/// </summary>
internal static class LiveStateBuilder
{
    public const string NotCheckedLive = "Not yet checked against the live systems.";

    public static LiveStateSection Build(ReportInputs inputs)
    {
        var evaluated = ControlSectionBuilder.Evaluated(inputs);
        var live = evaluated.Count(e => e.Finding?.CheckedLive == true);
        var partly = evaluated.Count(e => e.Finding?.PartlyCheckedLive == true);
        var records = evaluated.Count(e => e.Finding is { } f && !f.CheckedLive && f.Sources.Any(s => s.Origin is EvidenceOrigin.Recorded or EvidenceOrigin.ApprovedOnGitHub));
        var declared = evaluated.Count(e => e.Finding is { } f && !f.Sources.IsEmpty && f.DeclaredOnly);
        var none = evaluated.Length - live - records - declared;
        var drift = inputs.Drift;
        var checkedOn = drift is null ? string.Empty : DisplayDates.Format(DisplayDates.UkDate(drift.CheckedAt.WithOffset(NodaTime.Offset.Zero)));
        var split = drift is null
            ? $"None of the {EnglishList.Count(evaluated.Length, "control")} has been checked against the live systems yet: {declared} rest on the declared settings alone, {records} on dated records, and {none} have no evidence."
            : $"Checked against the live systems on {checkedOn}: {live} of {EnglishList.Count(evaluated.Length, "control")}{Fully(live - partly, partly)}. From dated records: {records}. Declared in the settings only, not yet checked live: {declared}. No evidence: {none}.";
        var explanation = new List<string>();
        if (drift is null)
        {
            explanation.Add("This report shows what the school's settings ask for and what its records show.");
            explanation.Add("It has not yet been compared with the live systems, such as Microsoft 365, the laptops, the iPads and the backup vault.");
            explanation.Add("Until that check runs, a setting in this report is what the school asked for. It is not yet proof that the setting is in place.");
        }
        else
        {
            explanation.Add($"On {checkedOn} SchoolInfra compared the settings with what {EnglishList.Count(drift.ResourcesRead, "part")} of the live systems actually have.");
            explanation.Add(drift.HasDrift
                ? $"It found {EnglishList.Count(drift.Items.Length, "thing")} changed outside the pipeline; each is listed below and counts against its controls until it is put right."
                : "It found nothing changed outside the pipeline.");
            if (partly > 0)
            {
                explanation.Add("A control checked in part had its declared settings found in place; what only a read of the tenant or the devices can show is still to be checked.");
            }

            explanation.Add("A control marked as declared only is what the school asked for; the live check does not yet cover it, so it is not proof that it is in place.");
        }

        var checkedOnly = inputs.Desired.Notes.Count(n => n.Kind == NoteKind.CheckedNotDeployed);
        if (checkedOnly > 0)
        {
            explanation.Add($"{EnglishList.Count(checkedOnly, "requirement", "requirements")} cannot be set up automatically, so {(checkedOnly == 1 ? "it" : "they")} will only be checked on the live systems.");
        }

        return new LiveStateSection(
            drift is not null,
            drift is null ? NotCheckedLive : $"Checked against the live systems on {checkedOn}.",
            checkedOn,
            evaluated.Length,
            live,
            partly,
            records,
            declared,
            none,
            split,
            [.. explanation],
            drift is null ? [] : [.. drift.Items.Select(i => DriftReportBuilder.Sentence(i, inputs.Config.Roles))]);
    }

    /// <summary>", 4 in full and 28 in part", ", all in part", or nothing when every one was checked in full.</summary>
    private static string Fully(int full, int partly) => (full, partly) switch
    {
        (_, 0) => string.Empty,
        (0, _) => ", all in part",
        _ => $", {full} in full and {partly} in part",
    };
}
