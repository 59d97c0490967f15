using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.CommandLine;

/// <summary>
/// Parsed options of one verb: <c>--name value</c>, <c>--name=value</c> and flags. Unknown options get a
/// "did you mean"; every problem is reported at once.
/// </summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArgs()
    {
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    public bool HelpRequested => _flags.Contains("--help");

    public static CommandArgs Parse(string verb, IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var result = new CommandArgs();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var known = valueOptions.Concat(flagOptions).Append("--help").ToList();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inline = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }

            if (arg is "--help" or "-h")
            {
                result._flags.Add("--help");
            }
            else if (valueOptions.Contains(arg))
            {
                var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
                if (value is null)
                {
                    diagnostics.Add(CliDiagnostics.MissingValue(arg));
                }
                else
                {
                    result._values[arg] = value;
                }
            }
            else if (flagOptions.Contains(arg) && inline is null)
            {
                result._flags.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                diagnostics.Add(CliDiagnostics.UnknownOption(arg, verb, TextDistance.Closest(arg, known)));
            }
            else
            {
                diagnostics.Add(CliDiagnostics.UnexpectedArgument(arg, verb));
            }
        }

        result.Diagnostics = diagnostics.ToImmutable();
        return result;
    }

    public string? Value(string option) => _values.GetValueOrDefault(option);

    public bool Flag(string option) => _flags.Contains(option);
}
