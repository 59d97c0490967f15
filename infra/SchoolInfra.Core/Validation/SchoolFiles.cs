namespace SchoolInfra.Core.Validation;

/// <summary>
/// Files kept beside a school's stack file (scripts, records), read relative to the schools folder. Only paths
/// that stay inside that folder are read.
/// </summary>
public sealed class SchoolFiles
{
    private readonly string? _root;

    /// <param name="schoolsFolder">The folder that holds the stack files, or null when there is none (engine mode tests).</param>
    /// <param name="displayFolder">How messages name that folder, e.g. <c>schools</c>.</param>
    public SchoolFiles(string? schoolsFolder, string displayFolder)
    {
        _root = schoolsFolder is null ? null : Path.GetFullPath(schoolsFolder);
        DisplayFolder = displayFolder;
    }

    public static SchoolFiles None { get; } = new(null, "schools");

    public string DisplayFolder { get; }

    public bool IsAvailable => _root is not null;

    /// <summary>The display path of a file, e.g. <c>schools/oakfield-primary/scripts/x.ps1</c>.</summary>
    public string DisplayPath(string relativePath) => DisplayFolder.Length == 0 ? relativePath : $"{DisplayFolder}/{relativePath}";

    /// <summary>Reads a file by its path relative to the schools folder; null when missing or outside the folder.</summary>
    public string? ReadText(string relativePath)
    {
        var full = FullPath(relativePath);
        return full is not null && File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>Whether a file exists, by its path relative to the schools folder (false outside the folder).</summary>
    public bool Exists(string relativePath) => FullPath(relativePath) is { } full && File.Exists(full);

    /// <summary>Files directly in a folder relative to the schools folder, sorted, as relative paths.</summary>
    public IReadOnlyList<string> List(string relativeFolder, string pattern)
    {
        var full = FullPath(relativeFolder);
        if (full is null || !Directory.Exists(full) || _root is null)
        {
            return [];
        }

        return [.. Directory.GetFiles(full, pattern)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    private string? FullPath(string relativePath)
    {
        if (_root is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == _root ? full : null;
    }
}
