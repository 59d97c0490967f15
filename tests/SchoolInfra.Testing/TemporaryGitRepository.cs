using LibGit2Sharp;

namespace SchoolInfra.Testing;

/// <summary>A git repository in a temporary folder, built with LibGit2Sharp (no git command), deleted on dispose.</summary>
public sealed class TemporaryGitRepository : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create("schoolinfra-git-");

    public TemporaryGitRepository()
    {
        Repository.Init(_folder.Path);
        Repository = new Repository(_folder.Path);
    }

    public Repository Repository { get; }

    public string WorkingFolder => _folder.Path;

    /// <summary>The author of the next commits (the committer is always CI).</summary>
    public string AuthorName { get; set; } = "Sam Technician";

    /// <summary>Autumn term 2025 in UK summer time: fixed, so dates in tests never depend on the clock.</summary>
    public static DateTimeOffset Day(int day, int hour = 9) => new(2025, 9, day, hour, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The full path of a file in the working folder.</summary>
    public string Of(string relativePath) => _folder.Of(relativePath);

    /// <summary>Writes a file in the working folder without committing it.</summary>
    public string WriteFile(string relativePath, string text) => _folder.WriteFile(relativePath, text);

    /// <summary>Writes a script marked executable, without committing it (a stand-in for a program).</summary>
    public string WriteExecutable(string relativePath, string text) => _folder.WriteExecutable(relativePath, text);

    /// <summary>Copies files or whole folders of this repository's checkout (e.g. <c>policy/controls</c>) into the working folder.</summary>
    public void CopyFromRepository(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var source = RepoPaths.Of(relative.Split('/'));
            if (File.Exists(source))
            {
                _folder.WriteFile(relative, File.ReadAllText(source));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var inner = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                _folder.WriteFile(inner, File.ReadAllText(file));
            }
        }
    }

    /// <summary>Writes (or, with null text, deletes) files and commits them; returns the commit.</summary>
    public Commit Commit(string message, DateTimeOffset when, params (string Path, string? Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            if (text is null)
            {
                File.Delete(_folder.Of(path));
            }
            else
            {
                _folder.WriteFile(path, text);
            }

            Commands.Stage(Repository, path);
        }

        return CommitStaged(message, when);
    }

    /// <summary>Stages everything in the working folder and commits it.</summary>
    public Commit CommitAll(string message, DateTimeOffset when)
    {
        Commands.Stage(Repository, "*");
        return CommitStaged(message, when);
    }

    public void Dispose()
    {
        Repository.Dispose();
        _folder.Dispose();
    }

    private Commit CommitStaged(string message, DateTimeOffset when)
    {
        var author = new Signature(AuthorName, "it@oakfield.example", when);
        var committer = new Signature("Oakfield CI", "ci@oakfield.example", when.AddMinutes(5));
        return Repository.Commit(message, author, committer);
    }
}
