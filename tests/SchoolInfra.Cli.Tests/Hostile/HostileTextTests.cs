using System.Text;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, hostile text: unclosed flow collections and other YAML the parser chokes on, bytes that are not UTF-8,
/// control characters and terminal escapes, invisible characters in names, look-alike display names and duplicate
/// keys in PULUMI_CONFIG. Each is a located diagnostic, exit 1, and nothing raw reaches the terminal.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    private const string StackFile = HostileRepository.StackFile;

    private readonly HostileRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("compile")]
    [InlineData("validate")]
    public void UnclosedListBeforeTheNextKey_IsSI1001AtTheBracket(string verb)
    {
        var line = _repo.StackLineOf("    name: Oakfield Primary School\n");
        _repo.EditStack("    name: Oakfield Primary School\n", "    name: [Oakfield Primary School\n");

        var run = Run(verb).Reports("SI1001", $"{StackFile}:{line}:11");

        Assert.Contains("the list opened with \"[\" here is never closed", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedSectionBeforeTheNextKey_IsSI1001AtTheBrace()
    {
        var line = _repo.StackLineOf("    name: Oakfield Primary School\n");
        _repo.EditStack("    name: Oakfield Primary School\n", "    name: {Oakfield Primary School\n");

        var run = Run("compile").Reports("SI1001", $"{StackFile}:{line}:11");

        Assert.Contains("the section opened with \"{\" here is never closed", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedListInARecord_IsSI1001AtTheBracket()
    {
        const string record = "schools/oakfield-primary/records/2026-11-20-monitoring-review.yaml";
        _repo.Write(record, "kind: monitoring-review\ndate: 2026-11-20\nweeks: [2026-11-02, 2026-11-09\nby: dsl\n");

        Run("validate").Reports("SI1001", $"{record}:3:8");
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreSI1013AtTheirLine()
    {
        var line = _repo.StackLineOf("    name: Oakfield Primary School\n");
        var text = _repo.Read(StackFile).Replace("    name: Oakfield Primary School\n", "    name: Oakfield Primary Sch@@l\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        _repo.WriteBytes(StackFile, bytes);

        Run("compile").Reports("SI1013", $"{StackFile}:{line}:31");
    }

    [Fact]
    public void TerminalEscapeInAValue_IsSI1014AndNeverPrintedRaw()
    {
        var line = _repo.StackLineOf("requestedBy: Year 6 teacher\n");
        _repo.EditStack("requestedBy: Year 6 teacher\n", "requestedBy: \"Year 6 \\e[2J\\e[31mteacher\"\n");

        var run = Run("compile").Reports("SI1014", $"{StackFile}:{line}:22");

        Assert.Contains("U+001B (escape, which starts terminal colour and cursor codes)", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RawEscapeInAKey_IsSI1014()
    {
        var line = _repo.StackLineOf("    retentionDays: 365\n");
        _repo.EditStack("    retentionDays: 365\n", "    retention\u001b[8mDays: 365\n");

        Run("compile").Reports("SI1014", $"{StackFile}:{line}:5");
    }

    [Fact]
    public void EscapeInARecordFileName_IsPrintedAsAVisibleCode()
    {
        // A file name is quoted in every diagnostic about the file: the writer shows its control characters as codes.
        const string file = "schools/oakfield-primary/records/2026-10-21-\u001b[2Jrestore-test.yaml";
        _repo.Write(file, "kind: restore-tst\ndate: 2026-10-21\nby: itProvider\n");

        var run = _repo.Run("validate").Reports("SI2711", "schools/oakfield-primary/records/2026-10-21-<U+001B>[2Jrestore-test.yaml:1:7");

        Assert.Contains("did you mean \"restore-test\"?", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RightToLeftOverrideInADisplayName_IsSI1015()
    {
        var line = _repo.StackLineOf("        displayName: Governors\n");
        _repo.EditStack("        displayName: Governors\n", "        displayName: \"Gover\\u202Enors\"\n");

        Run("compile").Reports("SI1015", $"{StackFile}:{line}:22");
    }

    [Fact]
    public void ZeroWidthSpaceInAKey_IsSI1015()
    {
        var line = _repo.StackLineOf("      - key: governors\n");
        _repo.EditStack("      - key: governors\n", "      - key: gover\u200Bnors\n");

        Run("compile").Reports("SI1015", $"{StackFile}:{line}:14");
    }

    [Theory]
    [InlineData("TEACHING STAFF")]
    [InlineData("Ｔｅａｃｈｉｎｇ staff")]
    public void DisplayNamesThatDifferOnlyInCaseOrLookAlikes_AreSI2801(string name)
    {
        var line = _repo.StackLineOf("        displayName: Governors\n");
        _repo.EditStack("        displayName: Governors\n", $"        displayName: {name}\n");

        var run = Run("compile").Reports("SI2801", $"{StackFile}:{line - 1}:9");

        Assert.Contains("is the same as \"Teaching staff\"", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineConfigWithADuplicateKey_IsSI1009()
    {
        var config = """{"schoolinfra:school":"{}","schoolinfra:school":"{}"}""";

        var run = _repo.Run(new Dictionary<string, string> { ["PULUMI_STACK"] = "oakfield-primary", ["PULUMI_CONFIG"] = config }, "compile");

        run.Reports("SI1009", "PULUMI_CONFIG:1:1");
        Assert.Contains("the key \"schoolinfra:school\" appears twice", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineConfigThatIsNotJson_IsSI1009InPlainWords()
    {
        var run = _repo.Run(new Dictionary<string, string> { ["PULUMI_STACK"] = "oakfield-primary", ["PULUMI_CONFIG"] = "{\"a\": [" }, "compile");

        run.Reports("SI1009", "PULUMI_CONFIG:1:1");
        Assert.Contains("it is not valid JSON (line 1", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapeInAnEngineConfigValue_IsSI1014()
    {
        var config = """{"schoolinfra:school":"{\"name\":\"a\\u001b[31m\"}"}""";

        _repo.Run(new Dictionary<string, string> { ["PULUMI_STACK"] = "oakfield-primary", ["PULUMI_CONFIG"] = config }, "compile")
            .Reports("SI1014", "PULUMI_CONFIG[schoolinfra:school]:1:9");
    }

    private CliRun Run(string verb) => verb == "compile" ? _repo.Run("compile", "--stack", HostileRepository.Stack) : _repo.Run(verb);
}
