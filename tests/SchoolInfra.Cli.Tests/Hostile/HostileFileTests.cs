namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, the file system: links that leave the repository, devices, pipes, folders and loops in place of a stack
/// file, a record, a records folder or a baseline script. Each is refused with a located diagnostic in plain words,
/// nothing hangs, and the marker file outside the repository never reaches any output.
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private const string Record = "schools/oakfield-primary/records/2026-10-21-restore-test.yaml";

    private readonly HostileRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Validate_RecordLinkedOutsideTheRepository_IsSI1010AndNotRead()
    {
        SpecialFiles.Link(_repo.Of(Record), _repo.MarkerPath);

        _repo.Run("validate").Reports("SI1010", $"{Record}:1:1");
        var json = _repo.Run("validate", "--format", "json").Safe();
        Assert.Equal(1, json.Exit);
        Assert.Contains("SI1010", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_RecordLinkedOutsideTheRepository_IsRefusedAndNothingIsPublished()
    {
        SpecialFiles.Link(_repo.Of(Record), _repo.MarkerPath);

        _repo.Run("report", "--no-pdf").Reports("SI1010", $"{Record}:1:1");
        Assert.False(Directory.Exists(_repo.Of("reports/out")));
    }

    [Fact]
    public void Validate_RecordLinkedToDevZero_IsRefusedWithoutReadingIt()
    {
        SpecialFiles.Link(_repo.Of(Record), "/dev/zero");

        _repo.Run("validate").Reports("SI1010", $"{Record}:1:1");
    }

    [Fact]
    public void Compile_StackFileLinkedToDevZero_IsRefusedWithoutReadingIt()
    {
        SpecialFiles.Link(_repo.Of(HostileRepository.StackFile), "/dev/zero");

        _repo.Run("compile", "--stack", HostileRepository.Stack).Reports("SI1010", $"{HostileRepository.StackFile}:1:1");
    }

    [Fact]
    public void Compile_StackFileThatIsAPipe_IsSI1011AndDoesNotHang()
    {
        File.Delete(_repo.Of(HostileRepository.StackFile));
        SpecialFiles.MakePipe(_repo.Of(HostileRepository.StackFile));

        var run = RunWithin(TimeSpan.FromSeconds(30), () => _repo.Run("compile", "--stack", HostileRepository.Stack));

        run.Reports("SI1011", $"{HostileRepository.StackFile}:1:1");
        Assert.Contains("is a named pipe, not an ordinary file", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RecordThatIsAPipe_IsSI1011AndDoesNotHang()
    {
        File.Delete(_repo.Of(Record));
        SpecialFiles.MakePipe(_repo.Of(Record));

        RunWithin(TimeSpan.FromSeconds(30), () => _repo.Run("validate")).Reports("SI1011", $"{Record}:1:1");
    }

    [Fact]
    public void Validate_FolderNamedLikeARecord_IsSI1011()
    {
        const string folder = "schools/oakfield-primary/records/2026-11-01-training.yaml";
        Directory.CreateDirectory(_repo.Of(folder));

        var run = _repo.Run("validate").Reports("SI1011", $"{folder}:1:1");
        Assert.Contains("is a folder, not an ordinary file", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RecordsFolderLinkedOutsideTheRepository_IsSI1010()
    {
        var outside = Path.GetDirectoryName(_repo.MarkerPath)!;
        Directory.Delete(_repo.Of("schools/oakfield-primary/records"), recursive: true);
        SpecialFiles.Link(_repo.Of("schools/oakfield-primary/records"), outside);

        _repo.Run("validate").Reports("SI1010", "schools/oakfield-primary/records:1:1");
    }

    [Fact]
    public void Compile_StackFileThatLinksToItself_IsSI1012()
    {
        File.Delete(_repo.Of(HostileRepository.StackFile));
        SpecialFiles.Link(_repo.Of("schools/loop-a.yaml"), _repo.Of(HostileRepository.StackFile));
        SpecialFiles.Link(_repo.Of(HostileRepository.StackFile), _repo.Of("schools/loop-a.yaml"));

        _repo.Run("compile", "--stack", HostileRepository.Stack).Reports("SI1012", $"{HostileRepository.StackFile}:1:1");
    }

    [Fact]
    public void Compile_BaselineScriptLinkedOutsideTheRepository_IsRefusedAtTheScriptEntry()
    {
        // Pulumi would deploy it to every laptop with fn::readFile: the compiler refuses it without reading it.
        SpecialFiles.Link(_repo.Of("schools/oakfield-primary/scripts/resume-bitlocker.ps1"), _repo.MarkerPath);

        var run = _repo.Run("compile", "--stack", HostileRepository.Stack);

        run.Reports("SI1010", ScriptEntry("resumeBitlocker"));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Validate_BaselineScriptThatIsAFolder_IsSI1011AtTheScriptEntry()
    {
        File.Delete(_repo.Of("schools/oakfield-primary/scripts/resume-bitlocker.ps1"));
        Directory.CreateDirectory(_repo.Of("schools/oakfield-primary/scripts/resume-bitlocker.ps1"));

        _repo.Run("validate").Reports("SI1011", ScriptEntry("resumeBitlocker"));
    }

    [Fact]
    public void Compile_LinkInsideTheRepository_IsFollowed()
    {
        // Links are fine while they stay inside: the script is kept once and linked from the school's folder.
        File.Move(_repo.Of("schools/oakfield-primary/scripts/resume-bitlocker.ps1"), _repo.Of("shared-resume-bitlocker.ps1"));
        SpecialFiles.Link(_repo.Of("schools/oakfield-primary/scripts/resume-bitlocker.ps1"), "../../../shared-resume-bitlocker.ps1");

        var run = _repo.Run("compile", "--stack", HostileRepository.Stack).Safe();

        Assert.Equal(0, run.Exit);
    }

    [Fact]
    public void Validate_RecordOverTheSizeLimit_IsSI1004()
    {
        _repo.Write(Record, "kind: restore-test\n# " + new string('x', 5 * 1024 * 1024) + "\n");

        _repo.Run("validate").Reports("SI1004", $"{Record}:1:1");
    }

    [Fact]
    public void Validate_CatalogueFileLinkedOutside_IsSI1010()
    {
        SpecialFiles.Link(_repo.Of("policy/controls/mfa.yaml"), _repo.MarkerPath);

        _repo.Run("validate").Reports("SI1010", "policy/controls/mfa.yaml:1:1");
    }

    [Fact]
    public void Validate_OutFileInAFolderThatCannotBeMade_IsSI9011InPlainWords()
    {
        _repo.Write("blocker", "a file where a folder should be");

        var run = _repo.Run("validate", "--out", "blocker/result.json", "--format", "json").Safe();

        Assert.Equal(1, run.Exit);
        Assert.Contains("error SI9011: schoolinfra could not finish because a file or folder could not be read or written: ", run.Text, StringComparison.Ordinal);
    }

    /// <summary>file:line:column of a baseline script's entry in the stack file (the "key:" that starts it).</summary>
    private string ScriptEntry(string key)
    {
        var lines = _repo.Read(HostileRepository.StackFile).Split('\n');
        var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"- key: {key}", StringComparison.Ordinal));
        return $"{HostileRepository.StackFile}:{line + 1}:{lines[line].IndexOf("key:", StringComparison.Ordinal) + 1}";
    }

    private static CliRun RunWithin(TimeSpan limit, Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(limit), $"the run did not finish within {limit.TotalSeconds} seconds");
        return task.Result;
    }
}
