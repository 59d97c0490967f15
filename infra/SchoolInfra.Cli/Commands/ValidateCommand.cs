using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Output;
using SchoolInfra.Policy.Sarif;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra validate</c>: config diagnostics and every control of the catalogue on the school's desired state
/// and records, as text, JSON or SARIF. Exit 0 clean, 2 something to act on, 1 errors (DESIGN.md).
/// </summary>
public static class ValidateCommand
{
    public const string DefaultControls = "policy/controls";

    public const string Help = """
        Usage: schoolinfra validate [--stack NAME] [--format text|json|sarif] [--out FILE] [--today YYYY-MM-DD] [--drift FILE]

        Checks the school's stack file and records against the control catalogue and prints each control's
        status: met, not met, partial, no evidence or waived. Exit code 0 when nothing needs action, 2 when a
        control is not met or partial or a record is overdue, 1 when the settings, records or catalogue have errors.

          --stack NAME      read schools/Pulumi.NAME.yaml and schools/NAME/records/ (default: oakfield-primary)
          --format FORMAT   text (default; coloured on a terminal), json, or sarif for GitHub code scanning
          --out FILE        write to FILE (atomically) instead of stdout
          --today DATE      the date records and waivers are judged against (default: today in the UK, or SCHOOLINFRA_TODAY)
          --drift FILE      the school's latest drift check, as schoolinfra drift --format json wrote it (default:
                            schools/NAME/live/drift.json when it exists); without one, live parts are "not yet checked"
          --controls DIR    the control catalogue folder (default: policy/controls)
          --root DIR        the repository folder (default: the nearest folder above holding Pulumi.yaml)
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("validate", arguments, ["--stack", "--format", "--out", "--today", "--controls", "--root", "--drift"], []);
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

        var stack = args.Value("--stack") ?? Workspace.ExampleStack;
        if (!Workspace.IsValidStackName(stack))
        {
            diagnostics.Add(CliDiagnostics.BadStackName(stack));
        }

        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        if (workspace is null || today is null || diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var (path, display) = workspace.StackFile(stack);
        var source = StackFileReader.Read(workspace.Reader, path, display, stack, diagnostics);
        if (source is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        var drift = SavedDrift.Resolve(args, cli, workspace, stack, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Options.Fail(cli, diagnostics);
        }

        var controls = args.Value("--controls") ?? DefaultControls;
        var catalogue = CatalogueFile.ReadFolder(workspace.Reader, Path.Combine(workspace.Root, controls), controls, diagnostics);
        var result = ComplianceChecker.Check(source, workspace.Files, catalogue, today.Value, diagnostics, drift);
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

        return result.ExitCode;
    }
}
