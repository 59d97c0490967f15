using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace SchoolInfra.Testing;

/// <summary>
/// An executable published exactly as the README says (<c>dotnet publish PROJECT -c Release -r linux-x64</c>), once
/// per content of its sources: the result is kept in <c>obj/published/NAME/HASH/</c> at the repository root, and a
/// later test run (or benchmark) with the same sources reuses it. Publishing the native compiler takes a minute or
/// more; concurrent callers (test processes) wait for one publish.
/// </summary>
public sealed class PublishedApp
{
    /// <summary>Build settings every publish depends on.</summary>
    private static readonly string[] SettingFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "BannedSymbols.txt", "BannedSymbols.Cli.txt"];

    /// <summary>
    /// How long one publish may take. The native compiler publishes in about a minute on an idle machine and took
    /// three at a load of 24 on two cores; this leaves room for worse without letting a hung publish stall the suite.
    /// </summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(20);

    /// <summary>How long to wait for another process's publish of the same app: its whole timeout, and some.</summary>
    private static readonly TimeSpan LockTimeout = PublishTimeout + TimeSpan.FromMinutes(5);

    private readonly string _name;
    private readonly string _project;
    private readonly string _fileName;
    private readonly string[] _sourceFolders;
    private readonly Lazy<string> _published;

    private PublishedApp(string name, string project, string fileName, string[] sourceFolders)
    {
        _name = name;
        _project = project;
        _fileName = fileName;
        _sourceFolders = sourceFolders;
        _published = new Lazy<string>(Publish, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary><c>schoolinfra-compile</c>, NativeAOT: what Pulumi.yaml runs.</summary>
    public static PublishedApp NativeCompiler { get; } = new("schoolinfra-compile", "infra/SchoolInfra.Compiler", "schoolinfra-compile",
        ["infra/SchoolInfra.Core", "infra/SchoolInfra.Infra", "infra/SchoolInfra.CommandLine", "infra/SchoolInfra.Compiler", "infra/SchoolInfra.Generators"]);

    /// <summary><c>schoolinfra.dll</c>, every verb, ReadyToRun: what CI runs with <c>dotnet</c>.</summary>
    public static PublishedApp Schoolinfra { get; } = new("schoolinfra", "infra/SchoolInfra.Cli", "schoolinfra.dll", ["infra", "policy", "reports"]);

    /// <summary>The README's publish line less its output folder: how CI and these tests build the app.</summary>
    public string PublishCommand => $"dotnet publish {_project} -c Release -r linux-x64";

    /// <summary>The published file (executable or assembly), published first when its sources changed since the last time.</summary>
    public string Path => _published.Value;

    private string Publish()
    {
        var cache = RepoPaths.Of("obj", "published", _name);
        var folder = System.IO.Path.Combine(cache, SourceHash());
        var file = System.IO.Path.Combine(folder, _fileName);
        if (File.Exists(file))
        {
            return file;
        }

        Directory.CreateDirectory(cache);
        using var publishing = Lock(System.IO.Path.Combine(cache, ".lock"));
        if (File.Exists(file))
        {
            return file;
        }

        // Earlier publishes (other sources) and an interrupted one go; the new one appears whole or not at all.
        foreach (var old in Directory.GetDirectories(cache))
        {
            Directory.Delete(old, recursive: true);
        }

        var staging = folder + ".tmp";
        Run("dotnet", [.. PublishCommand.Split(' ')[1..], "-o", staging, "--nologo", "-v", "q"]);
        Directory.Move(staging, folder);
        return file;
    }

    private string SourceHash()
    {
        var files = SettingFiles.Select(f => RepoPaths.Of(f)).Where(File.Exists)
            .Concat(_sourceFolders.SelectMany(folder => Sources(RepoPaths.Of(folder))))
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

    /// <summary>Every file under a folder, less build output (bin/, obj/).</summary>
    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(d => System.IO.Path.GetFileName(d) is not ("bin" or "obj"))
            .SelectMany(Sources));

    /// <summary>An exclusive lock file, waited for while another process holds it (publishing the same app).</summary>
    private static FileStream Lock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout)
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
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {PublishTimeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
        }
    }
}
