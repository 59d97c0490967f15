namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, records that cannot be true: dated 0001-01-01 or next summer, a file name that disagrees with the date
/// inside, a restore test that took -18 minutes and ended "maybe". Each is a located error and validate exits 1.
/// </summary>
public sealed class HostileRecordTests : IDisposable
{
    private const string Folder = "schools/oakfield-primary/records";

    private readonly HostileRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RecordDatedYearOne_IsSI2802()
    {
        var file = Restore("2026-10-22", date: "0001-01-01");

        var run = _repo.Run("validate").Reports("SI2802", $"{file}:2:7");

        Assert.Contains("before 2025-09-01", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordDatedNextSummer_IsSI2803()
    {
        var file = Restore("2027-06-01", date: "2027-06-01");

        _repo.Run("validate").Reports("SI2803", $"{file}:2:7");
    }

    [Fact]
    public void RecordDatedTomorrow_IsOnlyAWarning()
    {
        var file = Restore("2026-11-24", date: "2026-11-24");

        var run = _repo.Run("validate").Safe();

        Assert.Equal(2, run.Exit);
        Assert.Contains($"{file}:2:7: warning SI2715: ", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNameDateThatDisagreesWithTheRecord_IsSI2804()
    {
        var file = Restore("2026-10-22", date: "2026-10-21");

        var run = _repo.Run("validate").Reports("SI2804", $"{file}:2:7");

        Assert.Contains("The file name says 2026-10-22 but the record is dated 2026-10-21.", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreTestLastingMinus18Minutes_IsSI2806()
    {
        var file = Restore("2026-10-22", minutes: "-18");

        _repo.Run("validate").Reports("SI2806", $"{file}:6:10");
    }

    [Fact]
    public void RestoreTestResultMaybe_IsSI2805()
    {
        var file = Restore("2026-10-22", result: "maybe");

        var run = _repo.Run("validate").Reports("SI2805", $"{file}:7:9");

        Assert.Contains("\"result\" is \"maybe\", which is not one of: pass, fail.", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DateThatDoesNotExist_IsSI2713()
    {
        const string file = $"{Folder}/2026-09-16-break-glass-custody.yaml";
        _repo.Write(file, _repo.Read(file).Replace("testSignIn: 2026-09-16", "testSignIn: 2026-02-30", StringComparison.Ordinal));

        _repo.Run("validate").Reports("SI2713", $"{file}:8:13");
    }

    [Fact]
    public void TrainingNegativeCount_IsSI2806()
    {
        const string file = $"{Folder}/2026-09-30-training.yaml";
        _repo.Write(file, _repo.Read(file).Replace("{ group: office, trained: 3, of: 3 }", "{ group: office, trained: -3, of: 3 }", StringComparison.Ordinal));

        _repo.Run("validate").Reports("SI2806", $"{file}:10:31");
    }

    private string Restore(string fileDate, string date = "2026-10-22", string minutes = "18", string result = "pass")
    {
        var file = $"{Folder}/{fileDate}-restore-test.yaml";
        _repo.Write(file, $"kind: restore-test\ndate: {date}\nby: itProvider\nscope: files\ncopy: cloudVault\nminutes: {minutes}\nresult: {result}\n");
        return file;
    }
}
