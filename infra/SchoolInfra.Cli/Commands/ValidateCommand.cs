using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.History;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Output;
using SchoolInfra.Policy.Sarif;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra validate</c>: config diagnostics and every control of the catalogue on the school's desired state
/// and records, as text, JSON or SARIF. Exit 0 clean, 2 something to act on, 1 errors (DESIGN.md); with
/// <c>--fail-on</c>, 1 also when a control of that severity is not met (<see cref="MergeGate"/>) and 0 otherwise.
/// </summary>
public static class ValidateCommand
{
    public const string DefaultControls = "policy/controls";

    public const string Help = """
        Usage: schoolinfra validate [--stack NAME] [--format text|json|sarif] [--out FILE] [--today YYYY-MM-DD] [--drift FILE]
                                    [--observed FILE] [--fail-on low|medium|high [--since REVISION]]

        Checks the school's stack file and records against the control catalogue and prints each control's
        status: met, not met, partial, no evidence or waived. Exit code 0 when nothing needs action, 2 when a
        control is not met or partial or a record is overdue, 1 when the settings, records or catalogue have errors.
        With GITHUB_TOKEN and GITHUB_REPOSITORY set (as in GitHub Actions), who approved each change this academic
        year is read from the pull requests' reviews (CHG-01, CHG-02); without them, approvals are not checked.

          --stack NAME      read schools/Pulumi.NAME.yaml and schools/NAME/records/ (default: oakfield-primary)
          --format FORMAT   text (default; coloured on a terminal), json, or sarif for GitHub code scanning
          --out FILE        write to FILE (atomically) instead of stdout
          --today DATE      the date records and waivers are judged against (default: today in the UK, or SCHOOLINFRA_TODAY)
          --drift FILE      the school's latest drift check, as schoolinfra drift --format json wrote it (default:
                            schools/NAME/live/drift.json when it exists); without one, live parts are "not yet checked"
          --observed FILE   the school's latest tenant read, as schoolinfra observe wrote it (default:
                            schools/NAME/live/tenant.json when it exists): MFA-01, IAM-04 and IAM-05 judge what is live
          --fail-on LEVEL   the merge gate: exit 1 when a control of this severity or higher is not met (waivers
                            count), else 0; findings are still printed
          --since REVISION  with --fail-on: only controls that were not already failing at REVISION block
                            (e.g. the pull request's base, origin/main)
          --controls DIR    the control catalogue folder (default: policy/controls)
          --root DIR        the repository folder (default: the nearest folder above holding Pulumi.yaml)
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("validate", arguments, ["--stack", "--format", "--out", "--today", "--controls", "--root", "--drift", "--observed", "--fail-on", "--since"], []);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var today = Options.ResolveToday(args, cli, diagnostics);
        var format = args.Value("--format") ?? "text";
        if (format is not ("text" or "json" or "sarif"))
        {
            diagnostics.Add(CliDiagnostics.BadValue("--format", format, "text, json or sarif"));
        }

        var failOn = ParseSeverity(args, diagnostics);
        var stack = Options.ResolveStack(args, diagnostics);
        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        if (workspace is null || today is null || stack is null || diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var reader = workspace.Reader;
        var (path, display) = workspace.StackFile(stack);
        var source = StackFileReader.Read(reader, path, display, stack, diagnostics);
        if (source is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        var drift = SavedDrift.Resolve(args, cli, workspace, stack, diagnostics);
        var observed = SavedSnapshot.Resolve(args, cli, workspace, stack, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var controls = args.Value("--controls") ?? DefaultControls;
        var catalogue = CatalogueFile.ReadFolder(reader, Path.Combine(workspace.Root, controls), controls, diagnostics);
        // Who approved each change (CHG-01, CHG-02) comes from GitHub when the workflow's token is there.
        var approvals = GitHubApprovals.Read(cli, workspace, stack, today.Value, diagnostics);
        var result = ComplianceChecker.Check(source, workspace.Files, catalogue, today.Value, diagnostics, drift, approvals, observed);
        var colour = cli.OutIsTerminal && args.Value("--out") is null;
        var output = format switch
        {
            "json" => FindingsJsonWriter.Write(result),
            "sarif" => SarifWriter.Write(result, display),
            _ => FindingsTextWriter.Write(result, colour),
        };

        if (args.Value("--out") is { } file)
        {
            AtomicFile.WriteAllText(Path.Combine(cli.WorkingDirectory, file), output);
        }
        else
        {
            cli.Out.Write(output);
        }

        return failOn is { } threshold && !result.HasErrors ? Gate(cli, args, workspace, stack, catalogue, result, threshold, drift, approvals) : result.ExitCode;
    }

    /// <summary>The merge gate: each blocking control as an error on stderr (exit 1), or exit 0.</summary>
    private static int Gate(CliContext cli, CommandArgs args, Workspace workspace, string stack, IReadOnlyList<CatalogueFile> catalogue, ComplianceResult result, ControlSeverity threshold, DriftResult? drift, ApprovalEvidence? approvals)
    {
        var gate = new DiagnosticBag();
        var since = args.Value("--since");
        ComplianceResult? baseline = null;
        if (since is not null)
        {
            try
            {
                var log = new GitChangeLog(workspace.Root);
                if (log.HasRevision(since))
                {
                    baseline = RevisionChecker.CheckAt(log, since, workspace.Root, stack, catalogue, result.Today, drift, approvals, result.Observed);
                }
                else
                {
                    gate.Add(CliDiagnostics.UnknownRevision("--since", since));
                }
            }
            catch (ArgumentException)
            {
                gate.Add(CliDiagnostics.NotARepository(workspace.Root));
            }
        }

        var word = threshold switch
        {
            ControlSeverity.High => "high",
            ControlSeverity.Medium => "medium",
            _ => "low",
        };
        foreach (var finding in MergeGate.Blocking(result, threshold, baseline))
        {
            gate.Add(CliDiagnostics.BlockedByControl(finding.Location, finding.ControlId, word, finding.Summary, baseline is null ? null : since));
        }

        return gate.HasErrors ? Options.Fail(cli, gate) : 0;
    }

    private static ControlSeverity? ParseSeverity(CommandArgs args, DiagnosticBag diagnostics)
    {
        if (args.Value("--fail-on") is not { } text)
        {
            if (args.Value("--since") is not null)
            {
                diagnostics.Add(CliDiagnostics.MissingOption("--fail-on", "validate --since"));
            }

            return null;
        }

        if (Enum.TryParse<ControlSeverity>(text, ignoreCase: true, out var severity) && text.All(char.IsAsciiLetterLower))
        {
            return severity;
        }

        diagnostics.Add(CliDiagnostics.BadValue("--fail-on", text, "low, medium or high"));
        return null;
    }
}
