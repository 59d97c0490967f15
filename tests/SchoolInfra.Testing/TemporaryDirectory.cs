using System.Text;

namespace SchoolInfra.Testing;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    private TemporaryDirectory(string path) => Path = path;

    public string Path { get; }

    public static TemporaryDirectory Create(string prefix = "schoolinfra-test-") =>
        new(Directory.CreateTempSubdirectory(prefix).FullName);

    /// <summary>The full path of <paramref name="relativePath"/> inside this directory.</summary>
    public string Of(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes UTF-8 text (no BOM), creating folders as needed, and returns the file's full path.</summary>
    public string WriteFile(string relativePath, string text)
    {
        var path = Of(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a script and marks it executable for its owner (a stand-in for a program in tests).</summary>
    public string WriteExecutable(string relativePath, string text)
    {
        var path = WriteFile(relativePath, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone: a test may delete it itself.
        }
    }
}
