using LibGit2Sharp;

namespace SchoolInfra.Testing;

/// <summary>
/// The example school in a temporary git repository with a short, fixed history, so reports and change summaries
/// built from git are the same on every run:
/// <list type="number">
/// <item>15 Jul 2026, before the autumn term: the school is set up with <see cref="BeforeText"/> (no YouTube
/// exception, one administrator, games blocked for key stage 2, daily backups kept 35 days).</item>
/// <item>2 Nov 2026: the settings become today's example file, approved by the headteacher.</item>
/// <item>10 Nov 2026: a note is added to the records folder, with no approval.</item>
/// </list>
/// The repository holds the school's files; with <c>workspace: true</c> also what the CLI needs besides (Pulumi.yaml,
/// the control catalogue, the templates). Commit ids depend only on what is committed, so a golden file that names
/// them changes only when the example school does.
/// </summary>
public sealed class ExampleHistory : IDisposable
{
    public const string StackFile = "schools/Pulumi.oakfield-primary.yaml";
    public const string ApprovalTrailer = "Approved-by: Mrs H. Ashcombe <headteacher@oakfield-primary.example>";

    public static readonly DateTimeOffset SetUpAt = new(2026, 7, 15, 10, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset ApprovedAt = new(2026, 11, 2, 16, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset RecordsAt = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    private ExampleHistory(TemporaryGitRepository git, Commit setUp, Commit approved, Commit records)
    {
        Git = git;
        SetUp = setUp;
        Approved = approved;
        Records = records;
    }

    public TemporaryGitRepository Git { get; }

    /// <summary>The repository's working folder: the SchoolInfra root.</summary>
    public string Root => Git.WorkingFolder;

    public Commit SetUp { get; }

    public Commit Approved { get; }

    public Commit Records { get; }

    /// <summary>Builds the history; <paramref name="afterText"/> replaces the example file as the approved version.</summary>
    public static ExampleHistory Create(string? afterText = null, string? approvedMessage = null, bool workspace = false)
    {
        approvedMessage ??= "Allow YouTube for the Year 6 film unit\n\n" + ApprovalTrailer + "\n";
        var git = new TemporaryGitRepository();
        try
        {
            git.CopyFromRepository("schools/oakfield-primary");
            if (workspace)
            {
                git.CopyFromRepository("Pulumi.yaml", "policy/controls", "reports/templates");
            }

            var current = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"));
            git.WriteFile(StackFile, BeforeText(current));
            var setUp = git.CommitAll("Set up Oakfield Primary School", SetUpAt);
            var approved = git.Commit(approvedMessage, ApprovedAt, (StackFile, afterText ?? current));
            var records = git.Commit("Note where paper records are kept", RecordsAt,
                ("schools/oakfield-primary/records/README.md", "Paper copies of these records are in the school office safe.\n"));
            return new ExampleHistory(git, setUp, approved, records);
        }
        catch
        {
            git.Dispose();
            throw;
        }
    }

    /// <summary>The example file as it was before the term's change. Each edit must apply, so a reworded example fails here, plainly.</summary>
    public static string BeforeText(string current)
    {
        var text = current.ReplaceLineEndings("\n");
        text = Edit(text, """
                  - domain: youtube.com
                    groups: [year6Pupils]
                    reason: Year 6 film-making unit uses selected YouTube tutorials in class.
                    requestedBy: Year 6 teacher
                    approvedBy: headteacher
                    approvedOn: 2026-11-02
                    expiresOn: 2026-12-19

            """, string.Empty);
        text = Edit(text, "          - adm-technician2@oakfield-primary.example\n", string.Empty);
        text = Edit(text, "          - dating\n        blockedDomains:", "          - games\n          - dating\n        blockedDomains:");
        text = Edit(text, "keepDailyDays: 30", "keepDailyDays: 35");
        return text;
    }

    public void Dispose() => Git.Dispose();

    private static string Edit(string text, string from, string to)
    {
        from = from.ReplaceLineEndings("\n");
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"The example school no longer contains exactly one \"{from.Trim()}\"; update ExampleHistory.BeforeText.");
        }

        return text[..at] + to + text[(at + from.Length)..];
    }
}
