using SchoolInfra.Compiler.Output;

namespace SchoolInfra.Compiler.Commands;

/// <summary>Runs one verb. An exception is a bug or unrecoverable I/O: one plain line on stderr (SI9999), exit 1.</summary>
public static class CommandRunner
{
    public static int Run(Func<IReadOnlyList<string>, CliContext, int> verb, IReadOnlyList<string> args, CliContext cli)
    {
        try
        {
            return verb(args, cli);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Without a stack trace or any config value: stderr reaches Pulumi's output and CI logs.
            DiagnosticWriter.Write(cli.Error, [CliDiagnostics.Unexpected(ex.GetType().Name, ex.Message)], cli.ErrorIsTerminal);
            return 1;
        }
    }
}
