using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Reports.Plan;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes;

/// <summary>
/// One school's files in git: its settings at any revision, read and validated as the CLI reads the working copy,
/// and the commits that changed them. Past versions are validated without the school's other files (scripts,
/// records), since the files on disk belong to the working copy, not to that revision.
/// </summary>
/// <param name="log">The repository.</param>
/// <param name="stackName">The stack, e.g. <c>oakfield-primary</c>.</param>
/// <param name="stackFile">The stack file: relative to the repository root (e.g. <c>schools/Pulumi.oakfield-primary.yaml</c>)
/// or an absolute path inside the working folder.</param>
/// <param name="schoolFolder">The school's own folder (records, scripts), given the same way.</param>
/// <param name="today">The date validation checks expiry against.</param>
/// <param name="stackFileDisplay">How summaries and messages name the stack file; by default <paramref name="stackFile"/>.</param>
public sealed class SchoolHistory(GitChangeLog log, string stackName, string stackFile, string schoolFolder, LocalDate today, string? stackFileDisplay = null)
{
    private static readonly ConfigChange FirstVersion = new(ChangeArea.School, "Sets up the school's settings for the first time.", [], []);

    public string StackName { get; } = stackName;

    /// <summary>How the stack file is named in summaries, e.g. <c>schools/Pulumi.oakfield-primary.yaml</c>.</summary>
    public string StackFile { get; } = stackFileDisplay ?? stackFile;

    /// <summary>The validated settings at <paramref name="revision"/>; null when the file does not exist there.</summary>
    /// <exception cref="ArgumentException">The revision does not exist.</exception>
    public ValidatedConfig? ConfigAt(string revision) =>
        Validate(log.ReadFileAt(revision, stackFile), $"{StackFile}@{log.CommitAt(revision).ShortSha}");

    /// <summary>The inputs of a change summary between two revisions.</summary>
    /// <exception cref="ArgumentException">A revision does not exist.</exception>
    public ChangeSummaryInputs SummaryInputs(string from, string to, ImmutableArray<Control> catalogue)
    {
        var fromCommit = log.CommitAt(from);
        var toCommit = log.CommitAt(to);
        return new ChangeSummaryInputs(StackName, StackFile, from, fromCommit.ShortSha, to, toCommit.ShortSha,
            ConfigAt(fromCommit.Sha), ConfigAt(toCommit.Sha), catalogue);
    }

    /// <summary>
    /// Commits up to <paramref name="to"/> (a revision, HEAD by default) that changed the stack file or the school's
    /// folder and were committed between <paramref name="since"/> and <paramref name="until"/> (UK dates, inclusive),
    /// oldest first, each with what it changed in the settings.
    /// </summary>
    public ImmutableArray<CommittedChange> ChangesBetween(LocalDate since, LocalDate until, string? to = null)
    {
        var settings = log.ChangesTo(stackFile, to: to);
        var settingsCommits = settings.Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        var commits = settings.Concat(log.ChangesTo(schoolFolder, to: to))
            .DistinctBy(c => c.Sha)
            .Select(c => (Commit: c, Date: DisplayDates.UkDate(c.CommittedAt)))
            .Where(c => c.Date >= since && c.Date <= until)
            .OrderBy(c => c.Commit.CommittedAt.ToInstant())
            .ThenBy(c => c.Commit.Sha, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<CommittedChange>();
        foreach (var (commit, date) in commits)
        {
            if (!settingsCommits.Contains(commit.Sha))
            {
                result.Add(new CommittedChange(commit, date, SettingsChanged: false, SettingsReadable: true, []));
                continue;
            }

            var beforeText = log.ReadFileBefore(commit.Sha, stackFile);
            var before = Validate(beforeText, $"{StackFile}@{commit.ShortSha}^");
            var after = Validate(log.ReadFileAt(commit.Sha, stackFile), $"{StackFile}@{commit.ShortSha}");
            if (beforeText is null && after is { HasErrors: false })
            {
                result.Add(new CommittedChange(commit, date, SettingsChanged: true, SettingsReadable: true, [FirstVersion]));
                continue;
            }

            var readable = before is { HasErrors: false, Config: not null } && after is { HasErrors: false, Config: not null };
            var changes = readable && before?.Config is { } b && after?.Config is { } a ? ConfigChangeDescriber.Describe(b, a) : [];
            result.Add(new CommittedChange(commit, date, SettingsChanged: true, readable, changes));
        }

        return result.ToImmutable();
    }

    private ValidatedConfig? Validate(string? text, string display)
    {
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, display, StackName, diagnostics);
        return source is null
            ? new ValidatedConfig(StackName, null, diagnostics.ToSortedArray())
            : SchoolConfigValidator.Validate(source, today, SchoolFiles.None, diagnostics);
    }
}
