using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Files kept beside a school's stack file (scripts, records), named relative to the schools folder. Paths that
/// leave that folder by name are never looked at; everything else goes through the <see cref="SafeFileReader"/>,
/// whose boundary is the repository: links may point elsewhere in the repository, never outside it.
/// </summary>
public sealed class SchoolFiles
{
    private readonly string? _root;

    /// <param name="schoolsFolder">The folder that holds the stack files, or null when there is none (engine mode tests).</param>
    /// <param name="displayFolder">How messages name that folder, e.g. <c>schools</c>.</param>
    /// <param name="repositoryRoot">The boundary no file may be read from outside of; the schools folder itself when not given.</param>
    public SchoolFiles(string? schoolsFolder, string displayFolder, string? repositoryRoot = null)
    {
        _root = schoolsFolder is null ? null : Path.GetFullPath(schoolsFolder);
        DisplayFolder = displayFolder;
        Reader = _root is null ? null : new SafeFileReader(repositoryRoot ?? _root);
    }

    public static SchoolFiles None { get; } = new(null, "schools");

    public string DisplayFolder { get; }

    public bool IsAvailable => _root is not null;

    /// <summary>The reader every file goes through; null when there is no schools folder.</summary>
    public SafeFileReader? Reader { get; }

    /// <summary>The display path of a file, e.g. <c>schools/oakfield-primary/scripts/x.ps1</c>.</summary>
    public string DisplayPath(string relativePath) => DisplayFolder.Length == 0 ? relativePath : $"{DisplayFolder}/{relativePath}";

    /// <summary>Reads a file by its path relative to the schools folder; null, with a diagnostic at <paramref name="at"/>, when refused or missing.</summary>
    public string? ReadText(string relativePath, DiagnosticBag diagnostics, SourceSpan? at = null) =>
        Reader is { } reader && FullPath(relativePath) is { } full ? reader.ReadText(full, DisplayPath(relativePath), diagnostics, at) : null;

    /// <summary>Whether nothing is at the path (a path outside the folder counts as missing: it is never looked at).</summary>
    public bool IsMissing(string relativePath) => Reader is not { } reader || FullPath(relativePath) is not { } full || reader.IsMissing(full);

    /// <summary>Whether the file could be read, without reading it: a refusal is reported at <paramref name="at"/>.</summary>
    public bool Check(string relativePath, SourceSpan at, DiagnosticBag diagnostics) =>
        Reader is { } reader && FullPath(relativePath) is { } full && reader.Check(full, DisplayPath(relativePath), diagnostics, at);

    /// <summary>Entries directly in a folder relative to the schools folder, sorted, as relative paths.</summary>
    public IReadOnlyList<string> List(string relativeFolder, string pattern, DiagnosticBag diagnostics)
    {
        if (Reader is not { } reader || _root is null || FullPath(relativeFolder) is not { } full)
        {
            return [];
        }

        return [.. reader.List(full, DisplayPath(relativeFolder), pattern, diagnostics)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))];
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
