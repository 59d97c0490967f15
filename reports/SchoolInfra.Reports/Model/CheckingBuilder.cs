using System.Collections.Immutable;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// How much was checked against the live systems (and when) versus declared only (DESIGN.md: the report never
/// presents declared-only as checked). Each control counts once, under the strongest basis its result rests on.
/// </summary>
internal static class CheckingBuilder
{
    public static CheckingSection Build(ReportInputs inputs, ImmutableArray<EvaluatedControl> evaluated)
    {
        int Count(ControlBasis basis) => evaluated.Count(e => e.Basis == basis);
        var live = Count(ControlBasis.Live);
        var records = Count(ControlBasis.Records);
        var settings = Count(ControlBasis.Settings);
        var none = Count(ControlBasis.None);
        var awaiting = evaluated.Count(e => e.Finding is { } f && f.Unchecked.Contains(EvidenceKind.Tenant) && e.Basis != ControlBasis.Live);
        var dates = inputs.Records.All.Select(r => r.Date).ToList();
        var recordsWhen = dates.Count == 0 ? "No records" : $"Dated {DisplayDates.Range(dates.Min(), dates.Max())}";
        var liveWhen = inputs.ObservedOn is { } observed ? $"Read on {DisplayDates.Format(observed)}" : "Not read for this report";

        var summary = new List<string>
        {
            live == 0
                ? "No control was checked against the live systems, such as Microsoft 365, the laptops, the iPads and the backup vault."
                : $"{EnglishList.Count(live, "control was", "controls were")} checked against the live systems on {DisplayDates.Format(inputs.ObservedOn ?? inputs.Today)}.",
            $"{EnglishList.Count(records, "control rests", "controls rest")} on the school's dated records and {settings} on its settings alone. A setting is what the school asked for, not proof that it is in place.",
        };
        if (awaiting > 0)
        {
            summary.Add($"{EnglishList.Count(awaiting, "control", "controls")} will only be fully checked once the live systems are read.");
        }

        return new CheckingSection(
            [.. summary],
            [
                new CheckingRow("Checked against the live systems", live, liveWhen),
                new CheckingRow("Shown by the school's dated records", records, recordsWhen),
                new CheckingRow("Declared in the settings only", settings, "As the settings stand on the report date"),
                new CheckingRow("Not checked", none, string.Empty),
            ],
            live > 0);
    }
}
