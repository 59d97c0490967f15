using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Evidence.History;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Reports.Plan;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes;

/// <summary>
/// One school's files in git: its settings at any revision, and the commits that changed them. A version is either
/// fully validated, with the school's own folder (scripts, records) as it was at that revision exported to a
/// temporary folder, or only typed: describing what a commit changed needs the typed settings, not today's verdict
/// on them (the validator gains checks that older versions never had to pass).
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

    /// <summary>The fully validated settings at <paramref name="revision"/>; null when the file does not exist there.</summary>
    /// <exception cref="ArgumentException">The revision does not exist.</exception>
    public ValidatedConfig? ConfigAt(string revision) =>
        Validate(revision, log.ReadFileAt(revision, stackFile), $"{StackFile}@{log.CommitAt(revision).ShortSha}");

    /// <summary>The typed settings at <paramref name="revision"/>, without the domain checks; null when the file does not exist there.</summary>
    /// <exception cref="ArgumentException">The revision does not exist.</exception>
    public ValidatedConfig? TypedConfigAt(string revision) =>
        Bind(log.ReadFileAt(revision, stackFile), $"{StackFile}@{log.CommitAt(revision).ShortSha}");

    /// <summary>
    /// The inputs of a change summary between two revisions: the old settings typed (their own problems are not this
    /// change's), the new ones fully validated (a change must not be approved while they have errors).
    /// </summary>
    /// <exception cref="ArgumentException">A revision does not exist.</exception>
    public ChangeSummaryInputs SummaryInputs(string from, string to, ImmutableArray<Control> catalogue)
    {
        var fromCommit = log.CommitAt(from);
        var toCommit = log.CommitAt(to);
        var fileChanged = log.ReadFileAt(fromCommit.Sha, stackFile) != log.ReadFileAt(toCommit.Sha, stackFile);
        return new ChangeSummaryInputs(StackName, StackFile, from, fromCommit.ShortSha, to, toCommit.ShortSha,
            TypedConfigAt(fromCommit.Sha), ConfigAt(toCommit.Sha), catalogue, fileChanged);
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
            var before = Bind(beforeText, $"{StackFile}@{commit.ShortSha}^");
            var after = Bind(log.ReadFileAt(commit.Sha, stackFile), $"{StackFile}@{commit.ShortSha}");
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

    private ValidatedConfig? Bind(string? text, string display)
    {
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, display, StackName, diagnostics);
        var config = source is null ? null : ConfigBinder.BindSchool(source, diagnostics);
        return new ValidatedConfig(StackName, config, diagnostics.ToSortedArray());
    }

    private ValidatedConfig? Validate(string revision, string? text, string display)
    {
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, display, StackName, diagnostics);
        if (source is null)
        {
            return new ValidatedConfig(StackName, null, diagnostics.ToSortedArray());
        }

        // SchoolFiles reads paths relative to the schools folder (e.g. oakfield-primary/scripts/x.ps1), so the
        // school's folder is exported under its own name.
        var temporary = Directory.CreateTempSubdirectory("schoolinfra-history-");
        try
        {
            log.ExportFolder(revision, schoolFolder, Path.Combine(temporary.FullName, StackName));
            return SchoolConfigValidator.Validate(source, today, new SchoolFiles(temporary.FullName, "schools"), diagnostics);
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }
}
