using SchoolInfra.CommandLine.Output;

namespace SchoolInfra.CommandLine.Commands;

/// <summary>
/// Runs one verb. An exception is unrecoverable I/O (SI9011) or a bug (SI9999): one plain line on stderr, exit 1.
/// </summary>
public static class CommandRunner
{
    public static int Run(Func<IReadOnlyList<string>, CliContext, int> verb, IReadOnlyList<string> args, CliContext cli)
    {
        try
        {
            return verb(args, cli);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unrecoverable I/O (writing --out, the report folder): plain words chosen from the kind of failure. The
            // exception's own message is never shown: a trimmed build prints resource keys instead of sentences.
            DiagnosticWriter.Write(cli.Error, [CliDiagnostics.FileSystemFailure(FileSystemFailures.Describe(ex))], cli.ErrorIsTerminal);
            return 1;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Anything else is a bug: say so plainly, without a stack trace, a config value or the exception's message
            // (stderr reaches Pulumi's output and CI logs).
            DiagnosticWriter.Write(cli.Error, [CliDiagnostics.Unexpected(ex.GetType().Name)], cli.ErrorIsTerminal);
            return 1;
        }
    }
}
