using System.Text;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Text;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Output;

/// <summary>
/// The text form of <c>validate</c>: diagnostics first, then each domain's controls with their status; anything
/// not met, partial or without evidence shows why, where to fix it and who acts; each control says where its
/// evidence came from (declared only, records, checked live and when); then the scheduled records.
/// Colour (ANSI) only when asked for, i.e. on a terminal.
/// </summary>
public static class FindingsTextWriter
{
    private const string Reset = "\u001b[0m";

    public static string Write(ComplianceResult result, bool colour)
    {
        var sb = new StringBuilder();
        sb.Append("SchoolInfra policy check: ").Append(Safe(result.SchoolName)).Append(" (stack ").Append(result.Stack).Append(") on ")
          .Append(Wording.Date(result.Today)).Append('\n');
        if (!result.Diagnostics.IsEmpty)
        {
            sb.Append('\n');
            foreach (var diagnostic in result.Diagnostics)
            {
                sb.Append(Paint(diagnostic.Format(), diagnostic.IsError ? "\u001b[31m" : "\u001b[33m", colour)).Append('\n');
            }
        }

        if (result.HasErrors)
        {
            sb.Append("\nThe school was not checked against the controls: fix the errors above first.\n");
            return sb.ToString();
        }

        sb.Append(result.Diagnostics.IsEmpty ? string.Empty : "\n").Append(Wording.Plural(result.Findings.Length, "control", "controls")).Append(": ")
          .Append(string.Join(", ", Enum.GetValues<FindingStatus>().Select(s => $"{Wording.Number(result.Count(s))} {FindingStatuses.Words(s)}")))
          .Append(". ").Append(Wording.Plural(result.Schedule.Count(s => s.IsOverdue), "record", "records")).Append(" overdue.\n");
        var findings = result.Findings.ToDictionary(f => f.ControlId, StringComparer.Ordinal);
        foreach (var domain in result.Catalogue.ByDomain())
        {
            sb.Append('\n').Append(domain.Key).Append('\n');
            foreach (var control in domain)
            {
                var finding = findings[control.Id];
                sb.Append("  ").Append(Paint(FindingStatuses.Words(finding.Status).PadRight(11), Colour(finding.Status), colour))
                  .Append(' ').Append(control.Id).Append("  ").Append(Safe(control.Title))
                  .Append(Paint($" [{Provenance.Phrase(finding)}]", "\u001b[2m", colour)).Append('\n');
                if (finding.Status != FindingStatus.Met)
                {
                    WriteDetail(sb, finding);
                }
            }
        }

        sb.Append("\nScheduled records\n");
        foreach (var due in result.Schedule)
        {
            var state = due.State switch
            {
                DueState.Done => "done",
                DueState.Due => "due",
                DueState.Overdue => "overdue",
                _ => "missing",
            };
            sb.Append("  ").Append(Paint(state.PadRight(8), due.State == DueState.Overdue ? "\u001b[31m" : string.Empty, colour)).Append(' ')
              .Append(ConfigNaming.EnumValue(due.Kind).PadRight(23))
              .Append(due.Latest is null ? "never" : "last " + Wording.Date(due.Latest.Date))
              .Append(due.State == DueState.Done ? ", next by " : ", due by ").Append(Wording.Date(due.DueBy))
              .Append(" (").Append(due.Period).Append(")\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The one wording for a finding's problems: the most serious first as the summary, then each further problem on
    /// its own line ("also not met: ..."), most serious first, then the problems waivers cover.
    /// </summary>
    private static void WriteDetail(StringBuilder sb, Finding finding)
    {
        const string indent = "              ";
        sb.Append(indent).Append(Safe(finding.Summary)).Append('\n');
        foreach (var problem in finding.FurtherProblems)
        {
            sb.Append(indent).Append("also ").Append(FindingStatuses.Words(problem.Status)).Append(": ").Append(Safe(problem.Message)).Append('\n');
        }

        if (finding.Status != FindingStatus.Waived)
        {
            foreach (var problem in finding.WaivedProblems)
            {
                sb.Append(indent).Append("waived until ").Append(problem.WaivedBy is { } w ? Wording.Date(w.ExpiresOn) : "?").Append(": ").Append(Safe(problem.Message)).Append('\n');
            }
        }

        if (finding.Location.IsKnown)
        {
            sb.Append(indent).Append("at ").Append(Safe(finding.Location.ToString())).Append('\n');
        }

        if (finding.Action is not null)
        {
            sb.Append(indent).Append("to do (").Append(finding.ActionBy is { } by ? Wording.Role(by) : "the school").Append("): ").Append(Safe(finding.Action)).Append('\n');
        }

        if (finding.Problems.FirstOrDefault() is { } first)
        {
            sb.Append(indent).Append("problem: ").Append(first.Key).Append(finding.Problems.Length > 1 ? $" (and {string.Join(", ", finding.FurtherProblems.Select(p => p.Key).Distinct())})" : string.Empty).Append('\n');
        }
    }

    private static string Colour(FindingStatus status) => status switch
    {
        FindingStatus.Met => "\u001b[32m",
        FindingStatus.NotMet => "\u001b[31m",
        FindingStatus.Partial => "\u001b[33m",
        FindingStatus.Waived => "\u001b[35m",
        _ => "\u001b[36m",
    };

    /// <summary>Text from the school's files, made safe for a terminal: no raw control characters (issue 13).</summary>
    private static string Safe(string text) => TextHygiene.ForDisplay(text);

    private static string Paint(string text, string code, bool colour) => colour && code.Length > 0 ? code + Safe(text) + Reset : Safe(text);
}
