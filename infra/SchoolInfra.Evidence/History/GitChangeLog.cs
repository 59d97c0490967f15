using System.Collections.Immutable;
using LibGit2Sharp;
using NodaTime;

namespace SchoolInfra.Evidence.History;

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
    /// The commits of the main line (first parents, as <c>git log --first-parent</c>) that changed
    /// <paramref name="path"/>, oldest first: each is one change as it reached the branch, a merged pull request or a
    /// direct commit, compared with the commit before it. A pull request's own commits are not listed again beside the
    /// merge that brought them in.
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
            FirstParentOnly = true,
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

    /// <summary>The text of <paramref name="path"/> in the first parent of <paramref name="revision"/>: what a change
    /// started from. Null when the commit has no parent or the file did not exist there.</summary>
    public string? ReadFileBefore(string revision, string path)
    {
        using var repository = new Repository(RepositoryPath);
        var relative = RelativePath(repository, path);
        var parent = Resolve(repository, revision).Parents.FirstOrDefault();
        return parent is not null && relative.Length > 0 && parent[relative]?.Target is Blob blob ? blob.GetContentText() : null;
    }

    /// <summary>The commit a revision (branch, tag, <c>HEAD~2</c>, id) names.</summary>
    /// <exception cref="ArgumentException">The revision does not exist or cannot be read.</exception>
    public GitChange CommitAt(string revision)
    {
        using var repository = new Repository(RepositoryPath);
        return ToChange(repository, Resolve(repository, revision));
    }

    /// <summary>
    /// Writes the files under <paramref name="path"/> at <paramref name="revision"/> into <paramref name="targetFolder"/>,
    /// keeping their relative paths, and returns how many were written (0 when the folder did not exist there).
    /// Lets a past version be validated with the scripts and records it had, not the working copy's.
    /// </summary>
    public int ExportFolder(string revision, string path, string targetFolder)
    {
        using var repository = new Repository(RepositoryPath);
        var relative = RelativePath(repository, path);
        var commit = Resolve(repository, revision);
        var tree = relative.Length == 0 ? commit.Tree : commit[relative]?.Target as Tree;
        return tree is null ? 0 : Export(tree, Path.GetFullPath(targetFolder));
    }

    private static int Export(Tree tree, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var entry in tree)
        {
            // Entry names come from the repository: keep them to plain names inside the target folder.
            if (entry.Name is "." or ".." || entry.Name.Contains('/', StringComparison.Ordinal) || entry.Name.Contains('\\', StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(folder, entry.Name);
            if (entry.Target is Tree subtree)
            {
                written += Export(subtree, target);
            }
            else if (entry.Target is Blob blob && entry.Mode != Mode.SymbolicLink)
            {
                using var content = blob.GetContentStream();
                using var file = File.Create(target);
                content.CopyTo(file);
                written++;
            }
        }

        return written;
    }

    /// <summary>Whether a revision names a commit in the repository.</summary>
    public bool HasRevision(string revision)
    {
        using var repository = new Repository(RepositoryPath);
        try
        {
            return repository.Lookup(revision)?.Peel<Commit>() is not null;
        }
        catch (LibGit2SharpException)
        {
            return false;
        }
    }

    private static bool Changed(Commit commit, string path)
    {
        var id = EntryId(commit, path);
        var parent = commit.Parents.FirstOrDefault();
        return parent is null ? id is not null : EntryId(parent, path) != id;
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
