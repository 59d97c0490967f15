using LibGit2Sharp;
using NodaTime;
using SchoolInfra.Evidence.History;

namespace SchoolInfra.Reports.Tests.Changes;

public sealed class GitChangeLogTests : IDisposable
{
    private const string StackFile = "schools/Pulumi.oakfield-primary.yaml";

    private readonly TemporaryGitRepository _git = new();
    private readonly Commit _created;
    private readonly Commit _readmeOnly;
    private readonly Commit _approved;
    private readonly Commit _deleted;

    public GitChangeLogTests()
    {
        _created = _git.Commit("Add Oakfield Primary School", TemporaryGitRepository.Day(1),
            (StackFile, "filtering: la\n"), ("README.md", "# Schools\n"));
        _readmeOnly = _git.Commit("Explain the layout", TemporaryGitRepository.Day(2), ("README.md", "# Schools\n\nOne file each.\n"));
        _approved = _git.Commit(
            "Block social media for pupils\n\nAsked for after the autumn review.\n\nApproved-by: Jane Head <head@oakfield.example>\nrequested-by: Dee Safeguarding\n",
            TemporaryGitRepository.Day(3),
            (StackFile, "filtering: la\nblock: [social]\n"));
        _deleted = _git.Commit("Retire the stack", TemporaryGitRepository.Day(4), (StackFile, null));
    }

    public void Dispose() => _git.Dispose();

    private GitChangeLog Log() => new(_git.WorkingFolder);

    [Fact]
    public void ChangesTo_File_ListsOnlyCommitsThatChangedItOldestFirst()
    {
        var changes = Log().ChangesTo(StackFile);

        Assert.Equal([_created.Sha, _approved.Sha, _deleted.Sha], changes.Select(c => c.Sha));
        Assert.Equal(["Add Oakfield Primary School", "Block social media for pupils", "Retire the stack"], changes.Select(c => c.Subject));
    }

    [Fact]
    public void ChangesTo_AMergedBranch_IsOneChange_TheMerge_NotAlsoTheBranchsOwnCommits()
    {
        var repository = _git.Repository;
        var main = repository.Head;
        var branch = repository.CreateBranch("unblock-video", _deleted);
        Commands.Checkout(repository, branch);
        var onBranch = _git.Commit("Allow video for Year 6", TemporaryGitRepository.Day(5), (StackFile, "filtering: la\nallow: [video]\n"));
        _git.Commit("Fix a typo", TemporaryGitRepository.Day(6), (StackFile, "filtering: la\nallow: [video.example]\n"));
        Commands.Checkout(repository, main);
        var signature = new Signature("Sam Technician", "it@oakfield.example", TemporaryGitRepository.Day(7));
        var merge = repository.Merge(branch, signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward }).Commit;

        var changes = Log().ChangesTo(StackFile);

        Assert.Equal([_created.Sha, _approved.Sha, _deleted.Sha, merge.Sha], changes.Select(c => c.Sha));
        Assert.DoesNotContain(changes, c => c.Sha == onBranch.Sha);
        Assert.Equal(4, Log().ChangesTo("schools/").Length);
    }

    [Fact]
    public void ChangesTo_Commit_CarriesAuthorDatesShortShaAndTrailers()
    {
        var change = Log().ChangesTo(StackFile)[1];

        Assert.Equal("Sam Technician", change.AuthorName);
        Assert.Equal("it@oakfield.example", change.AuthorEmail);
        Assert.Equal(new LocalDateTime(2025, 9, 3, 9, 0).WithOffset(Offset.FromHours(1)), change.AuthoredAt);
        Assert.Equal(Instant.FromUtc(2025, 9, 3, 8, 5), change.CommittedAt.ToInstant());
        Assert.Equal(7, change.ShortSha.Length);
        Assert.StartsWith(change.ShortSha, _approved.Sha, StringComparison.Ordinal);
        Assert.Equal<string>(["Jane Head <head@oakfield.example>"], change.TrailerValues("approved-by"));
        Assert.Equal<string>(["Dee Safeguarding"], change.TrailerValues(TrailerKeys.RequestedBy));
        Assert.Empty(change.TrailerValues(TrailerKeys.ReviewedBy));
    }

    [Fact]
    public void ChangesTo_Range_ExcludesFromAndIncludesTo()
    {
        var log = Log();

        Assert.Equal([_approved.Sha], log.ChangesTo(StackFile, from: _created.Sha, to: _approved.Sha).Select(c => c.Sha));
        Assert.Equal([_created.Sha], log.ChangesTo(StackFile, to: "HEAD~2").Select(c => c.Sha));
        Assert.Equal([_approved.Sha, _deleted.Sha], log.ChangesTo(StackFile, from: _readmeOnly.Sha[..10]).Select(c => c.Sha));
    }

    [Fact]
    public void ChangesTo_FolderOrWholeRepository_IncludesChangesToAnyFileInside()
    {
        var log = Log();

        Assert.Equal(3, log.ChangesTo("schools/").Length);
        Assert.Equal(4, log.ChangesTo("").Length);
        Assert.Equal(4, log.ChangesTo(_git.WorkingFolder).Length);
        Assert.Equal(3, log.ChangesTo(Path.Combine(_git.WorkingFolder, "schools")).Length);
    }

    [Fact]
    public void ChangesTo_MergeThatBringsInABranch_IsTheChange_ThatReachedMain()
    {
        var main = _git.Repository.Head;
        var branch = _git.Repository.CreateBranch("termly-review");
        Commands.Checkout(_git.Repository, branch);
        var onBranch = _git.Commit("Re-add the stack", TemporaryGitRepository.Day(5), (StackFile, "filtering: la\n"));
        Commands.Checkout(_git.Repository, main);
        _git.Commit("Unrelated change on main", TemporaryGitRepository.Day(6), ("README.md", "# All schools\n"));
        var signature = new Signature("Oakfield CI", "ci@oakfield.example", TemporaryGitRepository.Day(7));
        var merge = _git.Repository.Merge(branch, signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.NoFastForward });

        var changes = Log().ChangesTo(StackFile);

        Assert.Equal(MergeStatus.NonFastForward, merge.Status);
        Assert.Equal([_created.Sha, _approved.Sha, _deleted.Sha, merge.Commit.Sha], changes.Select(c => c.Sha));
        Assert.DoesNotContain(changes, c => c.Sha == onBranch.Sha);
    }

    [Fact]
    public void ChangesTo_EmptyRepository_IsEmpty()
    {
        using var empty = TemporaryDirectory.Create();
        Repository.Init(empty.Path);

        Assert.Empty(new GitChangeLog(empty.Path).ChangesTo(StackFile));
    }

    [Fact]
    public void ReadFileAt_Revisions_GivesTheTextThenOrNull()
    {
        _git.Repository.ApplyTag("autumn-review", new Signature("Oakfield CI", "ci@oakfield.example", TemporaryGitRepository.Day(8)), "Reviewed");
        var log = Log();

        Assert.Equal("filtering: la\n", log.ReadFileAt(_created.Sha, StackFile));
        Assert.Equal("filtering: la\nblock: [social]\n", log.ReadFileAt("HEAD~1", StackFile));
        Assert.Null(log.ReadFileAt("HEAD", StackFile));
        Assert.Null(log.ReadFileAt("autumn-review", StackFile));
        Assert.Equal("# Schools\n\nOne file each.\n", log.ReadFileAt("autumn-review", "README.md"));
        Assert.Null(log.ReadFileAt(_created.Sha, "schools"));
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("HEAD~99")]
    public void UnknownRevision_IsAClearArgumentError(string revision)
    {
        var log = Log();

        var error = Assert.Throws<ArgumentException>(() => log.ReadFileAt(revision, StackFile));
        Assert.Contains(revision, error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => log.ChangesTo(StackFile, from: revision));
    }

    [Fact]
    public void PathOutsideTheRepository_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Log().ChangesTo("../elsewhere.yaml"));
    }

    [Fact]
    public void Constructor_FolderOutsideAnyRepository_IsRejected()
    {
        using var plain = TemporaryDirectory.Create();

        Assert.Throws<ArgumentException>(() => new GitChangeLog(plain.Path));
    }

    [Fact]
    public void ReadFileBefore_ReadsTheFirstParentsVersion()
    {
        Assert.Equal("filtering: la\n", Log().ReadFileBefore(_approved.Sha, StackFile));
        Assert.Null(Log().ReadFileBefore(_created.Sha, StackFile));
    }

    [Fact]
    public void CommitAt_ResolvesRevisionNames()
    {
        var head = Log().CommitAt("HEAD~1");

        Assert.Equal(_approved.Sha, head.Sha);
        Assert.Equal("Block social media for pupils", head.Subject);
        Assert.True(Log().HasRevision("HEAD"));
        Assert.False(Log().HasRevision("no-such-branch"));
    }

    [Fact]
    public void ExportFolder_WritesTheFilesAsTheyWereAtTheRevision()
    {
        using var target = TemporaryDirectory.Create();

        var written = Log().ExportFolder(_approved.Sha, "schools", target.Path);

        Assert.Equal(1, written);
        Assert.Equal("filtering: la\nblock: [social]\n", File.ReadAllText(target.Of("Pulumi.oakfield-primary.yaml")));
        Assert.Equal(0, Log().ExportFolder(_approved.Sha, "no-such-folder", target.Of("none")));
    }
}
