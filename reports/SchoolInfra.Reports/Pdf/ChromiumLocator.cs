using System.Collections.Immutable;

namespace SchoolInfra.Reports.Pdf;

/// <summary>
/// Finds the Chromium executable: a path the caller passes, else <c>chromium</c> or <c>chromium-browser</c> in the
/// folders of a PATH value the caller passes (only the CLI reads the environment), then in the usual folders.
/// </summary>
public static class ChromiumLocator
{
    public const string InstallHint = "install it with `apt-get install chromium` (Debian, Ubuntu) or pass the browser's path";

    public static ImmutableArray<string> ExecutableNames { get; } = ["chromium", "chromium-browser"];

    public static ImmutableArray<string> UsualFolders { get; } = ["/usr/bin", "/usr/local/bin", "/snap/bin"];

    /// <summary>The full path of the browser to run.</summary>
    /// <param name="explicitPath">A path given by the user (e.g. a --browser option); when set it must exist.</param>
    /// <param name="searchPath">The PATH environment value, or null.</param>
    /// <exception cref="PdfPrintException">No browser was found.</exception>
    public static string Locate(string? explicitPath, string? searchPath) => Locate(explicitPath, searchPath, UsualFolders);

    internal static string Locate(string? explicitPath, string? searchPath, IEnumerable<string> usualFolders)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return IsExecutable(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new PdfPrintException($"The browser \"{explicitPath}\" does not exist or is not executable.", InstallHint);
        }

        var folders = (searchPath ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(usualFolders)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var name in ExecutableNames)
        {
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, name);
                if (IsExecutable(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new PdfPrintException(
            $"No Chromium browser was found: looked for {string.Join(" and ", ExecutableNames)} in {string.Join(", ", folders)}.",
            InstallHint);
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
