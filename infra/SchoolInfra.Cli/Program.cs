using SchoolInfra.Cli.Commands;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Cli;

/// <summary>The <c>schoolinfra</c> command. Only wires things: each verb lives in Commands/.</summary>
public static class Program
{
    public const string Help = """
        SchoolInfra: a school's technical security policy as code.

        Usage: schoolinfra <command> [options]

          compile    print the school's Pulumi YAML template (also Pulumi's compiler)
          drift      say what was changed outside the pipeline, from Pulumi's refresh
          plan       summarise a change to a school's settings for the headteacher
          report     write the governors' compliance report (HTML and PDF)
          validate   check the school's settings and records against the control catalogue
          schema     print the JSON Schema that editors use to check a stack file

        Run schoolinfra <command> --help for a command's options.
        """;

    private static readonly Dictionary<string, Func<IReadOnlyList<string>, CliContext, int>> Verbs = new(StringComparer.Ordinal)
    {
        ["compile"] = CompileCommand.Run,
        ["drift"] = DriftCommand.Run,
        ["plan"] = PlanCommand.Run,
        ["report"] = ReportCommand.Run,
        ["validate"] = ValidateCommand.Run,
        ["schema"] = SchemaCommand.Run,
    };

    public static int Main(string[] args) => Run(args, CliContext.FromProcess());

    public static int Run(IReadOnlyList<string> args, CliContext cli)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            cli.Out.Write(Help + "\n");
            return args.Count == 0 ? 1 : 0;
        }

        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            DiagnosticWriter.Write(cli.Error, [CliDiagnostics.UnknownVerb(args[0], TextDistance.Closest(args[0], Verbs.Keys))], cli.ErrorIsTerminal);
            return 1;
        }

        return CommandRunner.Run(verb, [.. args.Skip(1)], cli);
    }
}
