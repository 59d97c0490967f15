using NodaTime;
using SchoolInfra.CommandLine.Output;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.CommandLine.Commands;

/// <summary>Options every verb shares: --today, --root, and how failures are printed.</summary>
public static class Options
{
    public static LocalDate? ResolveToday(CommandArgs args, CliContext cli, DiagnosticBag diagnostics)
    {
        var text = args.Value("--today") ?? cli.Environment(Today.Variable);
        if (text is null)
        {
            return Today.FromClock(cli.Clock);
        }

        var date = Today.Parse(text);
        if (date is null)
        {
            diagnostics.Add(CliDiagnostics.BadValue(args.Value("--today") is null ? Today.Variable : "--today", text, "a date written as YYYY-MM-DD"));
        }

        return date;
    }

    public static Workspace? ResolveWorkspace(CommandArgs args, CliContext cli, DiagnosticBag diagnostics, bool required)
    {
        var start = args.Value("--root") is { } root ? Path.Combine(cli.WorkingDirectory, root)
            : cli.Environment("PULUMI_ROOT_DIRECTORY") is { Length: > 0 } pulumiRoot ? pulumiRoot
            : cli.WorkingDirectory;
        var workspace = Workspace.Find(start);
        if (workspace is null && required)
        {
            diagnostics.Add(CliDiagnostics.NoProject(start));
        }

        return workspace;
    }

    /// <summary>The --stack value, or the example school when none is given; null (with a diagnostic) when it is not a valid name.</summary>
    public static string? ResolveStack(CommandArgs args, DiagnosticBag diagnostics)
    {
        var stack = args.Value("--stack") ?? Workspace.ExampleStack;
        if (Workspace.IsValidStackName(stack))
        {
            return stack;
        }

        diagnostics.Add(CliDiagnostics.BadStackName(stack));
        return null;
    }

    /// <summary>A path as the user should read it: relative to where they ran the command when it is inside it, with forward slashes.</summary>
    public static string Display(CliContext cli, string path)
    {
        var relative = Path.GetRelativePath(cli.WorkingDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

    /// <summary>Prints every diagnostic to stderr and returns exit code 1; nothing goes to stdout.</summary>
    public static int Fail(CliContext cli, DiagnosticBag diagnostics)
    {
        DiagnosticWriter.Write(cli.Error, diagnostics.ToSortedArray(), cli.ErrorIsTerminal);
        return 1;
    }
}
