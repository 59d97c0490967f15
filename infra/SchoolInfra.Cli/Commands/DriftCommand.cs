using NodaTime;
using NodaTime.Text;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Pulumi;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Drift;
using SchoolInfra.Reports.Drift;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra drift</c>: compare what a school declared with what its live systems have, from Pulumi's refresh
/// JSON (<c>--refresh</c>) and/or a tenant snapshot written by <c>schoolinfra observe</c> (<c>--observed</c>), each one
/// <see cref="IDriftSource"/>. Markdown, JSON or SARIF. Exit 0 no drift, 2 drift, 1 error (DESIGN.md).
/// </summary>
public static class DriftCommand
{
    public const string Help = """
        Usage: schoolinfra drift [--stack NAME] (--refresh FILE | --observed FILE) [--format md|json|sarif] [--out FILE] [--save]

        Compares the school's stack file with what the live systems have, using Pulumi's JSON, and says in plain
        English what was changed outside the pipeline, which controls that breaks, what the next deploy does and
        who acts. Exit code 0 when nothing drifted, 2 when something did, 1 when an input cannot be read completely
        (a cut-short or unknown file is never "no drift").

          --stack NAME           the school (default: oakfield-primary, the example school)
          --refresh FILE         the output of: pulumi refresh --preview-only --json (or pulumi preview --refresh
                                 --json, or a refresh's --event-log)
          --observed FILE        a tenant snapshot from schoolinfra observe (schools/NAME/live/tenant.json): sign-in
                                 rules, administrators, named locations, filtering and Jamf that Pulumi does not see;
                                 give both options to check both
          --format FORMAT        md (default; the CI step summary and the drift issue), json (the saved form that
                                 validate and report read), or sarif for GitHub code scanning
          --out FILE             write to FILE (atomically) instead of stdout
          --save                 also save the result as schools/NAME/live/drift.json, where validate and report look
          --observed-at TIME     when the refresh ran, e.g. 2026-11-23T05:31:00Z (default: now; event logs carry
                                 their own times)
          --pulumi-version V     the Pulumi CLI that made the JSON (pulumi version); older than 3.227 is refused
          --today DATE           the date the school's settings are judged on (default: today in the UK)
          --controls DIR         the control catalogue folder (default: policy/controls)
          --root DIR             the repository folder (default: the nearest folder above holding Pulumi.yaml)
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("drift", arguments,
            ["--stack", "--refresh", "--observed", "--format", "--out", "--observed-at", "--pulumi-version", "--today", "--controls", "--root"], ["--save"]);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var today = Options.ResolveToday(args, cli, diagnostics);
        var stack = Options.ResolveStack(args, diagnostics);
        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        var format = args.Value("--format") ?? "md";
        if (format is not ("md" or "json" or "sarif"))
        {
            diagnostics.Add(CliDiagnostics.BadValue("--format", format, "md, json or sarif"));
        }

        var observedAt = ObservedAt(args, cli, diagnostics);
        if (args.Value("--pulumi-version") is { } version && !PulumiCli.IsTrusted(version))
        {
            diagnostics.Add(PulumiDiagnostics.CliTooOld(version));
        }

        if (args.Value("--refresh") is null && args.Value("--observed") is null)
        {
            diagnostics.Add(CliDiagnostics.MissingOption("--refresh or --observed", "drift"));
        }

        if (diagnostics.HasErrors || workspace is null || today is null || stack is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        var sources = Sources(args, cli, workspace, observedAt);
        var (path, display) = workspace.StackFile(stack);
        var source = StackFileReader.Read(workspace.Reader, path, display, stack, diagnostics);
        var controls = args.Value("--controls") ?? ValidateCommand.DefaultControls;
        var catalogue = CatalogueFile.ReadFolder(workspace.Reader, Path.Combine(workspace.Root, controls), controls, diagnostics);
        var drift = source is null ? null : SchoolDriftCheck.Run(source, workspace.Files, catalogue, today.Value, sources, diagnostics);
        if (drift is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        var json = DriftResultJson.Write(drift.Result);
        if (args.Flag("--save"))
        {
            AtomicFile.WriteAllText(Path.Combine(workspace.SchoolsPath, DriftResultFile.RelativePath(stack)), json);
        }

        var output = format switch
        {
            "json" => json,
            "sarif" => DriftSarifWriter.Write(drift.Result, drift.Config, display),
            _ => new TemplateRenderer(Path.Combine(workspace.Root, "reports", "templates"))
                .Render("drift.md", DriftReportBuilder.Build(drift.Result, drift.Config.School.Name, drift.Config.Roles)),
        };
        if (args.Value("--out") is { } file)
        {
            AtomicFile.WriteAllText(Path.Combine(cli.WorkingDirectory, file), output);
        }
        else
        {
            cli.Out.Write(output);
        }

        return drift.Result.HasDrift ? 2 : 0;
    }

    /// <summary>Every input given: Pulumi's refresh JSON (--refresh) and a tenant snapshot (--observed).</summary>
    private static List<IDriftSource> Sources(CommandArgs args, CliContext cli, Workspace workspace, Instant observedAt)
    {
        var sources = new List<IDriftSource>();
        if (args.Value("--refresh") is { } refresh)
        {
            sources.Add(new PulumiRefreshSource(workspace.Reader, Path.Combine(cli.WorkingDirectory, refresh), refresh.Replace('\\', '/'), observedAt));
        }

        if (args.Value("--observed") is { } observed)
        {
            sources.Add(new TenantSnapshotSource(workspace.Reader, Path.Combine(cli.WorkingDirectory, observed), observed.Replace('\\', '/')));
        }

        return sources;
    }

    private static Instant ObservedAt(CommandArgs args, CliContext cli, DiagnosticBag diagnostics)
    {
        if (args.Value("--observed-at") is not { } text)
        {
            return cli.Clock.GetCurrentInstant();
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            diagnostics.Add(CliDiagnostics.BadValue("--observed-at", text, "a time written as 2026-11-23T05:31:00Z"));
            return cli.Clock.GetCurrentInstant();
        }

        return parsed.Value;
    }
}
