using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Evidence.History;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
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
        Check(log.CommitAt(revision).Sha, log.ReadFileAt(revision, stackFile), []) is { } result ? new ValidatedConfig(StackName, result.Config, result.Diagnostics) : null;

    /// <summary>The typed settings at <paramref name="revision"/>, without the domain checks; null when the file does not exist there.</summary>
    /// <exception cref="ArgumentException">The revision does not exist.</exception>
    public ValidatedConfig? TypedConfigAt(string revision) =>
        Bind(log.ReadFileAt(log.CommitAt(revision).Sha, stackFile));

    /// <summary>
    /// The inputs of a change summary between two revisions: the old settings typed (their own problems are not this
    /// change's), the new ones fully validated (a change must not be approved while they have errors), and the policy's
    /// verdict on each version with the records it had, so the summary can say what the change does to the controls.
    /// </summary>
    /// <param name="from">The revision before the change.</param>
    /// <param name="to">The revision after it.</param>
    /// <param name="catalogueFiles">The control catalogue both versions are judged by (today's).</param>
    /// <exception cref="ArgumentException">A revision does not exist.</exception>
    public ChangeSummaryInputs SummaryInputs(string from, string to, IReadOnlyList<CatalogueFile> catalogueFiles)
    {
        var fromCommit = log.CommitAt(from);
        var toCommit = log.CommitAt(to);
        var beforeText = log.ReadFileAt(fromCommit.Sha, stackFile);
        var afterText = log.ReadFileAt(toCommit.Sha, stackFile);
        var beforeCheck = Check(fromCommit.Sha, beforeText, catalogueFiles);
        var afterCheck = Check(toCommit.Sha, afterText, catalogueFiles);
        var after = afterCheck is null ? null : new ValidatedConfig(StackName, afterCheck.Config, afterCheck.Diagnostics);
        var catalogue = (afterCheck ?? beforeCheck)?.Catalogue.Controls ?? [];
        return new ChangeSummaryInputs(StackName, StackFile, from, fromCommit.ShortSha, to, toCommit.ShortSha,
            Bind(beforeText), after, catalogue, beforeText != afterText, beforeCheck, afterCheck);
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
            var before = Bind(beforeText);
            var after = Bind(log.ReadFileAt(commit.Sha, stackFile));
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

    private ValidatedConfig? Bind(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, StackFile, StackName, diagnostics);
        var config = source is null ? null : ConfigBinder.BindSchool(source, diagnostics);
        return new ValidatedConfig(StackName, config, diagnostics.ToSortedArray());
    }

    /// <summary>
    /// The policy's verdict on one version of the settings, as <c>validate</c> gives it: validated, built, and every
    /// control evaluated with the school's records as they were at that revision. Null when the file does not exist.
    /// With no catalogue files only the settings are checked.
    /// </summary>
    private ComplianceResult? Check(string revision, string? text, IReadOnlyList<CatalogueFile> catalogueFiles)
    {
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, StackFile, StackName, diagnostics);
        if (source is null)
        {
            return new ComplianceResult(StackName, StackName, today, ControlCatalogue.Empty, [], [], diagnostics.ToSortedArray());
        }

        // SchoolFiles reads paths relative to the schools folder (e.g. oakfield-primary/scripts/x.ps1), so the
        // school's folder is exported under its own name.
        var temporary = Directory.CreateTempSubdirectory("schoolinfra-history-");
        try
        {
            log.ExportFolder(revision, schoolFolder, Path.Combine(temporary.FullName, StackName));
            var files = new SchoolFiles(temporary.FullName, "schools");
            if (catalogueFiles.Count == 0)
            {
                var validated = SchoolConfigValidator.Validate(source, today, files, diagnostics);
                return new ComplianceResult(StackName, validated.Config?.School.Name ?? StackName, today, ControlCatalogue.Empty, [], [], validated.Diagnostics)
                {
                    Config = validated.HasErrors ? null : validated.Config,
                };
            }

            return ComplianceChecker.Check(source, files, catalogueFiles, today, diagnostics);
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }
}
