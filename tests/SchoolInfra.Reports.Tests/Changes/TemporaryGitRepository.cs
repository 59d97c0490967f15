using LibGit2Sharp;

namespace SchoolInfra.Reports.Tests.Changes;

/// <summary>A git repository in a temporary folder, built with LibGit2Sharp (no git command), deleted on dispose.</summary>
internal sealed class TemporaryGitRepository : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create("schoolinfra-git-");

    public TemporaryGitRepository()
    {
        Repository.Init(_folder.Path);
        Repository = new Repository(_folder.Path);
    }

    public Repository Repository { get; }

    public string WorkingFolder => _folder.Path;

    /// <summary>Autumn term 2025 in UK summer time: fixed, so dates in tests never depend on the clock.</summary>
    public static DateTimeOffset Day(int day, int hour = 9) => new(2025, 9, day, hour, 0, 0, TimeSpan.FromHours(1));

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

        var author = new Signature("Sam Technician", "it@oakfield.example", when);
        var committer = new Signature("Oakfield CI", "ci@oakfield.example", when.AddMinutes(5));
        return Repository.Commit(message, author, committer);
    }

    public void Dispose()
    {
        Repository.Dispose();
        _folder.Dispose();
    }
}
