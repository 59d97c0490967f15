using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace SchoolInfra.Testing;

/// <summary>
/// The native compiler (<c>schoolinfra-compile</c>), published exactly as the README says (NativeAOT, linux-x64).
/// Publishing takes a minute or more, so it happens once per content of its inputs: the result is kept in
/// <c>obj/native-compiler/&lt;hash&gt;/</c> at the repository root, and a later test run (or benchmark) with the same
/// sources reuses it. Concurrent callers (test processes) wait for one publish.
/// </summary>
public static class NativeCompiler
{
    public const string FileName = "schoolinfra-compile";

    /// <summary>What goes into the executable: the projects on the compile path and the build settings.</summary>
    private static readonly string[] InputFolders = ["infra/SchoolInfra.Core", "infra/SchoolInfra.Infra", "infra/SchoolInfra.Compiler", "infra/SchoolInfra.Generators"];

    private static readonly string[] InputFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "BannedSymbols.txt", "BannedSymbols.Cli.txt"];

    private static readonly Lazy<string> Published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The executable, published first when its inputs changed since the last publish.</summary>
    public static string Path => Published.Value;

    private static string Publish()
    {
        var cache = RepoPaths.Of("obj", "native-compiler");
        var folder = System.IO.Path.Combine(cache, InputHash());
        var executable = System.IO.Path.Combine(folder, FileName);
        if (File.Exists(executable))
        {
            return executable;
        }

        Directory.CreateDirectory(cache);
        using var publishing = Lock(System.IO.Path.Combine(cache, ".lock"));
        if (File.Exists(executable))
        {
            return executable;
        }

        // Earlier publishes (other sources) and an interrupted one go; the new one appears whole or not at all.
        foreach (var old in Directory.GetDirectories(cache))
        {
            Directory.Delete(old, recursive: true);
        }

        var staging = folder + ".tmp";
        Run("dotnet", "publish", "infra/SchoolInfra.Compiler", "-c", "Release", "-r", "linux-x64", "-o", staging, "--nologo", "-v", "q");
        Directory.Move(staging, folder);
        return executable;
    }

    private static string InputHash()
    {
        var files = InputFiles.Select(f => RepoPaths.Of(f)).Where(File.Exists)
            .Concat(InputFolders.SelectMany(folder => Sources(RepoPaths.Of(folder))))
            .Select(f => System.IO.Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(RepoPaths.Of(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Every file under a project folder, less its build output (bin/, obj/).</summary>
    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(d => System.IO.Path.GetFileName(d) is not ("bin" or "obj"))
            .SelectMany(Sources));

    /// <summary>An exclusive lock file, waited for while another process holds it (a publish takes minutes at most).</summary>
    private static FileStream Lock(string path)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < TimeSpan.FromMinutes(15))
            {
                Thread.Sleep(500);
            }
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish in 15 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
        }
    }
}
