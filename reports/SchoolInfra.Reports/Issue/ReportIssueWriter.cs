using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SchoolInfra.Core.Config;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Issue;

/// <summary>
/// Writes the <c>report-issue</c> record for an issued report: its date, who signs it off, the meeting, the next
/// review, the counts by status, every open problem and the SHA-256 checksum of the report's HTML. Committed in a
/// pull request, the signer's approval is the sign-off (schools/README.md).
/// </summary>
public static class ReportIssueWriter
{
    public static string FileName(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return $"{IsoDate.Format(inputs.Today)}-report-issue.yaml";
    }

    public static string Checksum(string html) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html ?? string.Empty)));

    public static string Text(ReportInputs inputs, string html)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var statuses = inputs.Catalogue.Select(c => inputs.Findings.FirstOrDefault(f => f.ControlId == c.Id)?.Status ?? FindingStatus.NoEvidence).ToList();
        int Count(FindingStatus status) => statuses.Count(s => s == status);
        var text = new StringBuilder();
        text.Append("# The governors' report as issued. Merging this file's pull request, approved by the signer, is the sign-off.\n");
        text.Append("kind: report-issue\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {IsoDate.Format(inputs.Today)}\n");
        text.Append(CultureInfo.InvariantCulture, $"by: {ConfigNaming.EnumValue(inputs.SignedBy)}\n");
        text.Append(CultureInfo.InvariantCulture, $"signedOffBy: {ConfigNaming.EnumValue(inputs.SignedBy)}\n");
        if (inputs.Meeting is { } meeting)
        {
            text.Append(CultureInfo.InvariantCulture, $"meeting: {IsoDate.Format(meeting)}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"nextReview: {IsoDate.Format(SignOffBuilder.NextReview(inputs))}\n");
        text.Append(CultureInfo.InvariantCulture, $"checksum: {Checksum(html)}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"counts: {{ met: {Count(FindingStatus.Met)}, notMet: {Count(FindingStatus.NotMet)}, partial: {Count(FindingStatus.Partial)}, noEvidence: {Count(FindingStatus.NoEvidence)}, waived: {Count(FindingStatus.Waived)} }}\n");
        var open = OpenProblems.Of(inputs);
        if (open.IsEmpty)
        {
            text.Append("open: []\n");
        }
        else
        {
            text.Append("open:\n");
            foreach (var problem in open)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  - {{ control: {problem.Control}, problem: {problem.Problem}, status: {problem.Status}, text: {Quote(problem.Text)} }}\n");
            }
        }

        return text.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
