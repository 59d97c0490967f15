using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.History;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Output;
using SchoolInfra.Reports.Plan;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra plan</c>: the headteacher's change summary for one stack between two git revisions: both versions
/// of the stack file are read and validated, and the typed settings are compared.
/// </summary>
public static class PlanCommand
{
    public const string Help = """
        Usage: schoolinfra plan --from REV [--to REV] [--stack NAME] [--format md|json] [--out FILE]

        Summarises, in plain English, what a change does to a school: which controls it makes worse or better (the
        policy judged on both versions), what changes in the settings, what it weakens and who must approve it, by
        the policy's own approver rules. Pull requests post it for the headteacher.

          --from REV       the revision before the change, e.g. origin/main
          --to REV         the revision after it (default: HEAD)
          --stack NAME     the school (default: oakfield-primary, the example school)
          --format FORMAT  md (default) or json
          --out FILE       write to FILE (atomically) instead of stdout
          --today DATE     the date expiry is checked against (default: today in the UK, or SCHOOLINFRA_TODAY)
          --root DIR       the repository folder (default: the nearest folder above holding Pulumi.yaml)
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("plan", arguments, ["--stack", "--from", "--to", "--format", "--out", "--today", "--root"], []);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var today = Options.ResolveToday(args, cli, diagnostics);
        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        var stack = Options.ResolveStack(args, diagnostics);
        var format = args.Value("--format") ?? "md";
        if (format is not ("md" or "json"))
        {
            diagnostics.Add(CliDiagnostics.BadValue("--format", format, "md or json"));
        }

        if (args.Value("--from") is not { } from)
        {
            diagnostics.Add(CliDiagnostics.MissingOption("--from", "plan"));
            return Options.Fail(cli, diagnostics);
        }

        var to = args.Value("--to") ?? "HEAD";
        if (diagnostics.HasErrors || workspace is null || today is null || stack is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        GitChangeLog log;
        try
        {
            log = new GitChangeLog(workspace.Root);
        }
        catch (ArgumentException)
        {
            diagnostics.Add(CliDiagnostics.NotARepository(workspace.Root));
            return Options.Fail(cli, diagnostics);
        }

        ChangeSummaryInputs inputs;
        try
        {
            var history = ReportInputsLoader.History(log, workspace.Root, stack, today.Value);
            inputs = history.SummaryInputs(from, to, ReportInputsLoader.LoadCatalogueFiles(workspace.Root, new DiagnosticBag()));
        }
        catch (ArgumentException)
        {
            diagnostics.Add(log.HasRevision(from) ? CliDiagnostics.UnknownRevision("--to", to) : CliDiagnostics.UnknownRevision("--from", from));
            return Options.Fail(cli, diagnostics);
        }

        var summary = ChangeSummaryBuilder.Build(inputs);
        var text = format == "json"
            ? ChangeSummaryJson.Write(summary)
            : new TemplateRenderer(Path.Combine(workspace.Root, "reports", "templates")).Render("pr-summary.md", summary);
        if (args.Value("--out") is { } file)
        {
            AtomicFile.WriteAllText(Path.Combine(cli.WorkingDirectory, file), text);
        }
        else
        {
            cli.Out.Write(text);
        }

        return 0;
    }
}
