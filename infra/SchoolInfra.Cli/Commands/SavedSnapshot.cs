using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Snapshot;

namespace SchoolInfra.Cli.Commands;

/// <summary>The <c>--observed</c> option of validate and report: which tenant read the rules' tenant parts are judged on.</summary>
public static class SavedSnapshot
{
    /// <summary>
    /// The school's latest tenant read: <c>--observed FILE</c> when given (an error if it cannot be read or is about
    /// another school), else the saved snapshot in schools/&lt;stack&gt;/live/tenant.json when there is one, else null
    /// (the tenant parts stay "not yet checked live").
    /// </summary>
    public static TenantSnapshot? Resolve(CommandArgs args, CliContext cli, Workspace workspace, string stack, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string path;
        string display;
        if (args.Value("--observed") is { } file)
        {
            (path, display) = (Path.Combine(cli.WorkingDirectory, file), file.Replace('\\', '/'));
        }
        else
        {
            display = SnapshotFile.DefaultPath(stack);
            path = Path.Combine(workspace.Root, display);
            if (workspace.Reader.IsMissing(path))
            {
                return null;
            }
        }

        var snapshot = SnapshotFile.Read(workspace.Reader, path, display, diagnostics);
        if (snapshot is not null && !string.Equals(snapshot.Stack, stack, StringComparison.Ordinal))
        {
            diagnostics.Add(ObserveDiagnostics.SnapshotOfOtherSchool(display, snapshot.Stack, stack));
            return null;
        }

        return snapshot;
    }
}
