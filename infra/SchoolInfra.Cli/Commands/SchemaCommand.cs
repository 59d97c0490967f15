using SchoolInfra.Core.Config;
using SchoolInfra.Core.IO;

namespace SchoolInfra.Cli.Commands;

/// <summary><c>schoolinfra schema</c>: prints (or writes) the JSON Schema of the stack file, generated from the config model.</summary>
public static class SchemaCommand
{
    public const string Help = """
        Usage: schoolinfra schema [--out FILE]

        Prints the JSON Schema of a school's stack file. The repository keeps a copy in
        schools/schoolinfra.schema.json, which the first line of each stack file points editors at.
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("schema", arguments, ["--out"], []);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        if (!args.Diagnostics.IsEmpty)
        {
            var bag = new Core.Diagnostics.DiagnosticBag();
            bag.AddRange(args.Diagnostics);
            return Options.Fail(cli, bag);
        }

        var schema = ConfigSchemaWriter.Write();
        if (args.Value("--out") is { } file)
        {
            AtomicFile.WriteAllText(Path.Combine(cli.WorkingDirectory, file), schema);
        }
        else
        {
            cli.Out.Write(schema);
        }

        return 0;
    }
}
