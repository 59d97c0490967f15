using System.Collections.Immutable;
using LibGit2Sharp;
using NodaTime;

namespace SchoolInfra.Reports.Changes;

/// <summary>
/// Reads a git repository's history for reports: the commits that changed a file or folder, with their approval
/// trailers, and a file's text at a revision. Each call opens the repository and closes it again.
/// </summary>
public sealed class GitChangeLog
{
    /// <param name="repositoryPath">The repository's working folder, or any folder inside it.</param>
    public GitChangeLog(string repositoryPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryPath);
        RepositoryPath = Repository.Discover(Path.GetFullPath(repositoryPath))
            ?? throw new ArgumentException($"{repositoryPath} is not inside a git repository.", nameof(repositoryPath));
    }

    /// <summary>The repository's git folder as discovered (e.g. <c>.../.git/</c>).</summary>
    public string RepositoryPath { get; }

    /// <summary>
    /// The commits that changed <paramref name="path"/>, oldest first. A merge is listed only when its result differs
    /// from every parent, as in <c>git log</c>.
    /// </summary>
    /// <param name="path">A file or folder relative to the repository root (forward slashes), or an absolute path
    /// inside the working folder; empty for the whole repository.</param>
    /// <param name="from">Exclusive start, as in <c>from..to</c>; null for the whole history.</param>
    /// <param name="to">Inclusive end; null for HEAD.</param>
    public ImmutableArray<GitChange> ChangesTo(string path, string? from = null, string? to = null)
    {
        using var repository = new Repository(RepositoryPath);
        var relative = RelativePath(repository, path);
        if (to is null && repository.Head.Tip is null)
        {
            return [];
        }

        var filter = new CommitFilter
        {
            IncludeReachableFrom = Resolve(repository, to ?? "HEAD"),
            ExcludeReachableFrom = from is null ? null : Resolve(repository, from),
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse,
        };
        return [.. repository.Commits.QueryBy(filter).Where(c => Changed(c, relative)).Select(c => ToChange(repository, c))];
    }

    /// <summary>The text of <paramref name="path"/> at <paramref name="revision"/>, or null when it is not a file there.</summary>
    public string? ReadFileAt(string revision, string path)
    {
        using var repository = new Repository(RepositoryPath);
        var relative = RelativePath(repository, path);
        var commit = Resolve(repository, revision);
        return relative.Length > 0 && commit[relative]?.Target is Blob blob ? blob.GetContentText() : null;
    }

    private static bool Changed(Commit commit, string path)
    {
        var id = EntryId(commit, path);
        var parents = commit.Parents.ToList();
        return parents.Count == 0 ? id is not null : parents.TrueForAll(parent => EntryId(parent, path) != id);
    }

    private static ObjectId? EntryId(Commit commit, string path) =>
        path.Length == 0 ? commit.Tree.Id : commit[path]?.Target.Id;

    private static GitChange ToChange(Repository repository, Commit commit) => new(
        commit.Sha,
        repository.ObjectDatabase.ShortenObjectId(commit, 7),
        commit.Author.Name,
        commit.Author.Email,
        OffsetDateTime.FromDateTimeOffset(commit.Author.When),
        OffsetDateTime.FromDateTimeOffset(commit.Committer.When),
        commit.MessageShort,
        TrailerParser.Parse(commit.Message));

    private static Commit Resolve(Repository repository, string revision)
    {
        try
        {
            return repository.Lookup(revision)?.Peel<Commit>()
                ?? throw new ArgumentException($"Revision \"{revision}\" was not found in the repository.", nameof(revision));
        }
        catch (LibGit2SharpException e)
        {
            throw new ArgumentException($"Revision \"{revision}\" could not be read: {e.Message}", nameof(revision), e);
        }
    }

    private static string RelativePath(Repository repository, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var workingFolder = repository.Info.WorkingDirectory;
        var relative = Path.IsPathRooted(path) && workingFolder is not null ? Path.GetRelativePath(workingFolder, path) : path;
        relative = relative.Replace('\\', '/').Trim('/');
        if (relative == ".")
        {
            return string.Empty;
        }

        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? throw new ArgumentException($"{path} is outside the repository.", nameof(path))
            : relative;
    }
}
