using System.Collections.Immutable;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Status against the DfE filtering and monitoring standards (FM1 to FM4) and the DfE cyber security standards (CS1 to
/// CS7), from the controls whose catalogue entry names each one (reference/controls.md section 3).
/// </summary>
internal static class StandardsBuilder
{
    private const string FilteringFamily = "DfE filtering and monitoring standards";
    private const string CyberFamily = "DfE cyber security standards";

    private static readonly ImmutableArray<(string Tag, string Family, string Name)> Standards =
    [
        ("DfE-FM FM1", FilteringFamily, "FM1 Named people are responsible"),
        ("DfE-FM FM2", FilteringFamily, "FM2 Reviewed every year and checked"),
        ("DfE-FM FM3", FilteringFamily, "FM3 Filtering blocks harmful content"),
        ("DfE-FM FM4", FilteringFamily, "FM4 Monitoring meets safeguarding needs"),
        ("DfE-CS CS1", CyberFamily, "CS1 Cyber risks are assessed"),
        ("DfE-CS CS2", CyberFamily, "CS2 Training and acceptable use"),
        ("DfE-CS CS3", CyberFamily, "CS3 Firewalls, anti-malware and devices"),
        ("DfE-CS CS4", CyberFamily, "CS4 Accounts and access rights"),
        ("DfE-CS CS5", CyberFamily, "CS5 Licences and updates"),
        ("DfE-CS CS6", CyberFamily, "CS6 Backups"),
        ("DfE-CS CS7", CyberFamily, "CS7 Reporting cyber attacks"),
    ];

    public static ImmutableArray<StandardLine> Build(ImmutableArray<EvaluatedControl> evaluated) =>
    [
        .. Standards.Select((standard, i) =>
        {
            var answering = evaluated.Where(e => e.Control.Standards.Contains(standard.Tag, StringComparer.Ordinal)).ToList();
            return Line(standard.Family, standard.Name, answering) with { StartsFamily = i == 0 || Standards[i - 1].Family != standard.Family };
        }),
    ];

    private static StandardLine Line(string family, string name, List<EvaluatedControl> answering)
    {
        if (answering.Count == 0)
        {
            return new StandardLine(family, name, "no-evidence", "Not checked", "No control in the catalogue answers it yet.");
        }

        var met = answering.Count(e => e.Status is FindingStatus.Met or FindingStatus.Waived);
        var status = answering.Any(e => e.Status == FindingStatus.NotMet) ? FindingStatus.NotMet
            : answering.Any(e => e.Status == FindingStatus.Partial) ? FindingStatus.Partial
            : answering.Any(e => e.Status == FindingStatus.NoEvidence) ? FindingStatus.NoEvidence
            : FindingStatus.Met;
        var label = status switch
        {
            FindingStatus.NoEvidence => "Not fully checked",
            FindingStatus.Met when answering.Any(e => e.Status == FindingStatus.Waived) => "Met, with a waiver",
            _ => StatusNames.Label(status),
        };
        var detail = $"{met} of {EnglishList.Count(answering.Count, "control")} met.";
        foreach (var (open, words) in new[] { (FindingStatus.NotMet, "Not met"), (FindingStatus.Partial, "Partly met"), (FindingStatus.NoEvidence, "Not checked") })
        {
            var ids = answering.Where(e => e.Status == open).Select(e => e.Control.Id).ToList();
            if (ids.Count > 0)
            {
                detail += $" {words}: {EnglishList.Join(ids)}.";
            }
        }

        return new StandardLine(family, name, StatusNames.Key(status), label, detail);
    }
}
