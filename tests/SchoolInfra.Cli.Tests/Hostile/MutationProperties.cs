using System.Diagnostics;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// Issue 13's mutation property: thousands of small, hostile edits of the example stack file (YAML punctuation,
/// unclosed brackets, indentation, control and invisible characters, bytes that are not UTF-8, absurd dates and
/// numbers, lines deleted, doubled and swapped), each run in-process. Every run must end with exit 0, 1 or 2 and
/// never with SI9999 (an exception that escaped a stage). The seed is fixed, so a failure replays exactly.
/// </summary>
/// <remarks>
/// A longer run: <c>SCHOOLINFRA_MUTATIONS=50000 dotnet test tests/SchoolInfra.Cli.Tests --filter MutationProperties</c>;
/// <c>SCHOOLINFRA_MUTATION_SEED</c> picks another seed. Every tenth mutation also runs <c>validate</c>. On an idle
/// machine the default 2,000 take about 15 seconds.
/// </remarks>
public sealed class MutationProperties(ITestOutputHelper output) : IDisposable
{
    private const int DefaultMutations = 2000;
    private const ulong DefaultSeed = 20261123;

    private static readonly string[] Tokens =
    [
        "[", "{", "]", "}", ":", ": ", "- ", "-", "#", " #", "&a ", "*a", "!!binary ", "!custom ", "'", "\"", "|", ">", "%", "@", "`",
        "\t", "\n", "\n  ", "  ", ",", "? ", "---\n", "...\n", "\u001b[31m", "\u001b]0;x\u0007", "\r", "\0", "\u202E", "\u2066", "\u200B",
        "\uFEFF", "\\", "\\e", "\\u0000", "\"\\ud800\"", "0001-01-01", "9999-12-31", "2026-02-30", "-18", "0", "99999999999999999999",
        "null", "~", "true", "yes", "maybe", "Ｇ", "é", "${x}", "$$", "fn::readFile: /etc/passwd", "../../x", "/dev/zero",
        "[a, b", "{a: b", "a: [b\n", "key: ", "schoolinfra:", new string('x', 300),
    ];

    private static readonly string Example = ExampleSchool.Text;

    private readonly HostileRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void EveryMutationOfTheExample_EndsWithExit0Or1Or2AndNeverSI9999()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("SCHOOLINFRA_MUTATIONS"), CultureInfo.InvariantCulture, out var n) ? n : DefaultMutations;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("SCHOOLINFRA_MUTATION_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var runs = 0;
        var exits = new int[3];
        var yamlErrors = 0;
        var spent = new Dictionary<string, TimeSpan> { ["compile"] = TimeSpan.Zero, ["validate"] = TimeSpan.Zero };
        var clock = Stopwatch.StartNew();
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(Mutation().ToArbitrary(), mutation =>
        {
            var bytes = mutation.Apply(Example);
            File.WriteAllBytes(_repo.Of(HostileRepository.StackFile), bytes);
            var verbs = runs++ % 10 == 0 ? new[] { "compile", "validate" } : ["compile"];
            foreach (var verb in verbs)
            {
                var started = Stopwatch.GetTimestamp();
                var run = verb == "compile" ? _repo.Run("compile", "--stack", HostileRepository.Stack) : _repo.Run("validate");
                spent[verb] += Stopwatch.GetElapsedTime(started);
                Assert.True(run.Exit is 0 or 1 or 2, $"{verb} exited {run.Exit} after {mutation}\n{run.Err}");
                Assert.False(run.Err.Contains("SI9999", StringComparison.Ordinal), $"{verb} stopped unexpectedly after {mutation}\n{run.Err}");
                exits[run.Exit]++;
                yamlErrors += run.Err.Contains("error SI1001", StringComparison.Ordinal) ? 1 : 0;
            }

            return true;
        }));

        output.WriteLine($"{runs} mutations (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s; exits 0/1/2: {exits[0]}/{exits[1]}/{exits[2]}; compile {spent["compile"].TotalSeconds:F1} s, validate {spent["validate"].TotalSeconds:F1} s; {yamlErrors} YAML syntax errors");
        Assert.Equal(count, runs);
        Assert.True(exits[1] > 0 && exits[0] + exits[2] > 0, "the mutations should give both clean and broken files");
        Assert.True(yamlErrors > count / 20, "the mutations should reach the YAML reader's error paths");
    }

    /// <summary>One to three edits, applied in order; sometimes a byte of the result is replaced with one that is not UTF-8.</summary>
    private static Gen<Mutation> Mutation() =>
        from edits in Gen.Choose(1, 3)
        from list in Gen.ArrayOf(Edit(), edits)
        from corrupt in Gen.Frequency((9, Gen.Constant(-1)), (1, Gen.Choose(0, Example.Length - 1)))
        select new Mutation(list, corrupt);

    private static Gen<Edit> Edit() => Gen.OneOf(
        from at in Position() from token in Gen.Elements(Tokens) select new Edit(EditKind.Insert, at, 0, token),
        from at in Position() from length in Gen.Choose(1, 20) select new Edit(EditKind.Delete, at, length, string.Empty),
        from at in Position() from token in Gen.Elements(Tokens) select new Edit(EditKind.ReplaceValue, at, 0, token),
        from at in Position() select new Edit(EditKind.DuplicateLine, at, 0, string.Empty),
        from at in Position() select new Edit(EditKind.DeleteLine, at, 0, string.Empty),
        from at in Position() from other in Position() select new Edit(EditKind.SwapLines, at, other, string.Empty),
        from at in Position() from shift in Gen.Elements(-4, -2, -1, 1, 2, 4) select new Edit(EditKind.Indent, at, shift, string.Empty),
        from at in Position() select new Edit(EditKind.Truncate, at, 0, string.Empty));

    private static Gen<int> Position() => Gen.Choose(0, Example.Length - 1);
}

public enum EditKind
{
    Insert,
    Delete,
    ReplaceValue,
    DuplicateLine,
    DeleteLine,
    SwapLines,
    Indent,
    Truncate,
}

/// <summary>One edit of the text; positions are taken modulo the current length, so edits compose.</summary>
public sealed record Edit(EditKind Kind, int At, int Amount, string Token)
{
    public string Apply(string text)
    {
        if (text.Length == 0)
        {
            return Kind == EditKind.Insert ? Token : text;
        }

        var at = At % text.Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var lineEnd = text.IndexOf('\n', at) is var e and >= 0 ? e + 1 : text.Length;
        var line = text[lineStart..lineEnd];
        switch (Kind)
        {
            case EditKind.Insert:
                return text.Insert(at, Token);
            case EditKind.Delete:
                return text.Remove(at, Math.Min(Amount, text.Length - at));
            case EditKind.ReplaceValue:
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                return colon < 0 ? text : string.Concat(text.AsSpan(0, lineStart + colon + 2), Token, "\n", text.AsSpan(lineEnd));
            case EditKind.DuplicateLine:
                return text.Insert(lineStart, line);
            case EditKind.DeleteLine:
                return text.Remove(lineStart, lineEnd - lineStart);
            case EditKind.SwapLines:
                var other = new Edit(EditKind.DeleteLine, Amount, 0, string.Empty);
                var removed = other.Apply(text);
                return removed.Length == 0 ? text : removed.Insert(Math.Min(lineStart, removed.Length), line);
            case EditKind.Indent:
                return Amount > 0
                    ? text.Insert(lineStart, new string(' ', Amount))
                    : text.Remove(lineStart, Math.Min(-Amount, line.Length - line.TrimStart(' ').Length));
            default:
                return text[..at];
        }
    }

    public override string ToString() => $"{Kind} at {At} ({Amount}) {Token.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal)}";
}

/// <summary>Edits applied in order, then possibly one byte replaced with 0xFF (never valid UTF-8).</summary>
public sealed record Mutation(Edit[] Edits, int CorruptByte)
{
    public byte[] Apply(string example)
    {
        var text = Edits.Aggregate(example, (current, edit) => edit.Apply(current));
        var bytes = Encoding.UTF8.GetBytes(text);
        if (CorruptByte >= 0 && bytes.Length > 0)
        {
            bytes[CorruptByte % bytes.Length] = 0xFF;
        }

        return bytes;
    }

    public override string ToString() => string.Join("; ", Edits.Select(e => e.ToString())) + (CorruptByte >= 0 ? $"; byte {CorruptByte} = 0xFF" : string.Empty);
}
