using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Cli.Commands;

/// <summary>The <c>--drift</c> option of validate and report: which drift check the controls' live parts are judged on.</summary>
public static class SavedDrift
{
    /// <summary>
    /// The school's latest drift check: <c>--drift FILE</c> when given (an error if it cannot be read), else the saved
    /// result in schools/&lt;stack&gt;/live/drift.json when there is one, else null (no drift check ran).
    /// </summary>
    public static DriftResult? Resolve(CommandArgs args, CliContext cli, Workspace workspace, string stack, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(workspace);
        if (args.Value("--drift") is { } file)
        {
            return DriftResultFile.Load(workspace.Reader, Path.Combine(cli.WorkingDirectory, file), file.Replace('\\', '/'), stack, diagnostics);
        }

        var saved = DriftResultFile.RelativePath(stack);
        var path = Path.Combine(workspace.SchoolsPath, saved);
        return !workspace.Reader.IsMissing(path) ? DriftResultFile.Load(workspace.Reader, path, workspace.Files.DisplayPath(saved), stack, diagnostics) : null;
    }
}
