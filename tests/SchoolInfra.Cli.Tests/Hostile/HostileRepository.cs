using NodaTime;
using NodaTime.Testing;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// A copy of the repository's example school (Pulumi.yaml, the stack file, records, scripts and the control catalogue)
/// in a temporary folder, with a marker file outside it whose text must never appear in any output: tests point
/// links at it to prove nothing outside the repository is read.
/// </summary>
public sealed class HostileRepository : IDisposable
{
    public const string Stack = "oakfield-primary";
    public const string StackFile = "schools/Pulumi.oakfield-primary.yaml";

    private readonly TemporaryDirectory _outside = TemporaryDirectory.Create("schoolinfra-outside-");

    public HostileRepository()
    {
        Dir = TemporaryDirectory.Create("schoolinfra-hostile-");
        Dir.WriteFile("Pulumi.yaml", File.ReadAllText(RepoPaths.Of("Pulumi.yaml")));
        Copy(RepoPaths.Of("schools"), "schools", "Pulumi.oakfield-primary.yaml");
        CopyTree(RepoPaths.Of("schools", "oakfield-primary"), "schools/oakfield-primary");
        CopyTree(RepoPaths.Of("policy", "controls"), "policy/controls");
        Marker = $"MARKER-{Guid.NewGuid():N}";
        MarkerPath = _outside.WriteFile("secret.yaml", $"kind: restore-test\ndate: 2026-10-21\nby: itProvider\nresult: pass\nnote: {Marker}\n");
    }

    public TemporaryDirectory Dir { get; }

    /// <summary>Text that lives only in a file outside the repository.</summary>
    public string Marker { get; }

    public string MarkerPath { get; }

    public string Of(string relative) => Dir.Of(relative);

    public string Read(string relative) => File.ReadAllText(Dir.Of(relative));

    public void Write(string relative, string text) => Dir.WriteFile(relative, text);

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(Dir.Of(relative), bytes);

    /// <summary>Changes the stack file, through <see cref="ExampleSchool.Edit"/> (the text must occur exactly once).</summary>
    public void EditStack(string find, string replacement) => Write(StackFile, ExampleSchool.Edit(Read(StackFile), find, replacement));

    /// <summary>The 1-based line of the stack file on which <paramref name="text"/> first starts (the file changes as the example grows).</summary>
    public int StackLineOf(string text)
    {
        var stack = Read(StackFile);
        var at = stack.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{text}\" is not in the stack file.");
        return stack[..at].Count(c => c == '\n') + 1;
    }

    /// <summary>Runs schoolinfra in-process in the repository on the example school's date; stdout, stderr and exit code.</summary>
    public CliRun Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    public CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, name => environment.GetValueOrDefault(name), new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), Dir.Path, ErrorIsTerminal: false);
        var exit = Program.Run([.. args, "--today", "2026-11-23"], cli);
        return new CliRun(exit, stdout.ToString(), stderr.ToString(), Marker);
    }

    public void Dispose()
    {
        Dir.Dispose();
        _outside.Dispose();
    }

    private void Copy(string folder, string target, string name) => Dir.WriteFile($"{target}/{name}", File.ReadAllText(Path.Combine(folder, name)));

    private void CopyTree(string folder, string target)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            Dir.WriteFile($"{target}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}", File.ReadAllText(file));
        }
    }
}
