using SchoolInfra.CommandLine.Output;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Compile;

namespace SchoolInfra.CommandLine.Commands;

/// <summary>
/// <c>schoolinfra compile</c>, and all of <c>schoolinfra-compile</c>: the Pulumi YAML compiler. Engine mode reads
/// PULUMI_STACK and PULUMI_CONFIG; --stack reads the stack file; with neither it prints the package-discovery
/// template. stdout carries only the template.
/// </summary>
public static class CompileCommand
{
    public const string Help = """
        Usage: schoolinfra compile [--stack NAME] [--explain] [--format yaml|json] [--out FILE] [--today YYYY-MM-DD]

        Prints the school's Pulumi YAML template. Pulumi runs this as the project's compiler: it passes
        PULUMI_STACK and PULUMI_CONFIG. With --stack it reads schools/Pulumi.NAME.yaml instead. With no stack at
        all it prints the package-discovery template that Pulumi asks for before every operation.
        The native build that Pulumi.yaml runs, tools/compiler/schoolinfra-compile, takes the same options.

          --stack NAME     read schools/Pulumi.NAME.yaml
          --explain        list each resource with its controls, purpose and source lines instead of the template
          --format json    the explanation as JSON (with --explain implied)
          --out FILE       write to FILE (atomically) instead of stdout
          --today DATE     the date used for expiry checks (default: today in the UK, or SCHOOLINFRA_TODAY)
          --root DIR       the repository folder (default: the nearest folder above holding Pulumi.yaml)
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("compile", arguments, ["--stack", "--format", "--out", "--today", "--root"], ["--explain"]);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var today = Options.ResolveToday(args, cli, diagnostics);
        var format = args.Value("--format") ?? (args.Flag("--explain") ? "text" : "yaml");
        if (format is not ("yaml" or "json" or "text"))
        {
            diagnostics.Add(CliDiagnostics.BadValue("--format", format, "yaml, json or text"));
        }

        var stack = args.Value("--stack");
        var engineStack = cli.Environment("PULUMI_STACK");
        var engineConfig = cli.Environment("PULUMI_CONFIG");
        var engineMode = stack is null && (!string.IsNullOrEmpty(engineStack) || !string.IsNullOrEmpty(engineConfig));
        if (stack is null && !engineMode)
        {
            return diagnostics.HasErrors ? Options.Fail(cli, diagnostics) : Write(cli, args, DiscoveryTemplate.Emit());
        }

        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: !engineMode);
        ConfigSource? source = null;
        if (stack is not null)
        {
            if (!Workspace.IsValidStackName(stack))
            {
                diagnostics.Add(CliDiagnostics.BadStackName(stack));
            }
            else if (workspace is not null && !diagnostics.HasErrors)
            {
                var (path, display) = workspace.StackFile(stack);
                source = StackFileReader.Read(workspace.Reader, path, display, stack, diagnostics);
            }
        }
        else if (!diagnostics.HasErrors)
        {
            source = EngineConfigReader.Read(engineStack ?? string.Empty, engineConfig, diagnostics);
        }

        if (source is null || diagnostics.HasErrors || today is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        // Scripts are parsed by validate (CI); the compiler only checks they exist, to start fast.
        var result = SchoolCompiler.Compile(source, today.Value, workspace?.Files ?? SchoolFiles.None, diagnostics, ValidationScope.Compile);
        if (!result.Succeeded || result.State is null || result.Template is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        DiagnosticWriter.Write(cli.Error, result.Diagnostics, cli.ErrorIsTerminal);
        var output = format switch
        {
            "json" => ExplainWriter.Json(result.State),
            "text" => ExplainWriter.Text(result.State),
            _ => result.Template,
        };
        return Write(cli, args, output);
    }

    private static int Write(CliContext cli, CommandArgs args, string text)
    {
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
