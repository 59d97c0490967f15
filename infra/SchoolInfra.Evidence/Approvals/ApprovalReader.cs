using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.History;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>
/// Reads who approved each change to a school's files: the commits come from git, the approvals from the merged pull
/// requests' reviews on GitHub, and each approver's roles from the school's settings as they were just before the
/// change (so a later change of role holder rewrites nothing, and a change cannot appoint its own approver). Typed
/// <c>Approved-by:</c> lines are kept as claims and never count. Without a source, or when GitHub cannot be read,
/// the result says approvals were not checked; it never guesses.
/// </summary>
public static class ApprovalReader
{
    private static readonly DateTimeZone UkTime = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <param name="log">The repository.</param>
    /// <param name="source">GitHub's pull requests; null when no token was given.</param>
    /// <param name="stackName">The stack, e.g. <c>oakfield-primary</c>.</param>
    /// <param name="stackFile">The stack file (relative to the repository root, or an absolute path inside it).</param>
    /// <param name="schoolFolder">The school's own folder, given the same way.</param>
    /// <param name="since">The first UK date counted.</param>
    /// <param name="until">The last UK date counted.</param>
    /// <param name="notCheckedBecause">What to say when <paramref name="source"/> is null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async Task<ApprovalEvidence> ReadAsync(GitChangeLog log, IPullRequestSource? source, string stackName, string stackFile,
        string schoolFolder, LocalDate since, LocalDate until, string notCheckedBecause = "no GitHub token was given",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var commits = log.ChangesTo(stackFile).Concat(log.ChangesTo(schoolFolder))
            .DistinctBy(c => c.Sha)
            .Where(c => UkDate(c.CommittedAt) >= since && UkDate(c.CommittedAt) <= until)
            .OrderBy(c => c.CommittedAt.ToInstant())
            .ThenBy(c => c.Sha, StringComparer.Ordinal)
            .ToList();
        var unverified = commits.Select(Unverified).ToImmutableArray();
        if (source is null)
        {
            return new ApprovalEvidence(false, notCheckedBecause, since, until, unverified);
        }

        var changes = ImmutableArray.CreateBuilder<ChangeApproval>(commits.Count);
        try
        {
            foreach (var commit in commits)
            {
                var pull = await source.MergedPullRequestOfAsync(commit.Sha, cancellationToken).ConfigureAwait(false);
                if (pull is null)
                {
                    changes.Add(Unverified(commit));
                    continue;
                }

                var roles = RolesBefore(log, stackName, stackFile, pull.MergeCommitSha, commit.Sha);
                var approvers = pull.ApprovalsOfMergedVersion()
                    .Select(r => new Approver(r.Login, r.SubmittedAt, pull.Number, NameOf(roles, r.Login), RolesOf(roles, r.Login)))
                    .ToImmutableArray();
                var authors = pull.CommitAuthorLogins.Prepend(pull.AuthorLogin).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
                changes.Add(new ChangeApproval(commit, pull.Number, approvers, authors, pull.RequestedBy, Claims(commit)));
            }
        }
        catch (ApprovalReadException e)
        {
            return new ApprovalEvidence(false, e.Message, since, until, unverified);
        }

        return new ApprovalEvidence(true, null, since, until, changes.MoveToImmutable());
    }

    /// <summary>The roles a GitHub user name was declared for in <paramref name="roles"/> (case ignored, as GitHub does).</summary>
    public static ImmutableArray<SchoolRole> RolesOf(SchoolRoles? roles, string login) => roles is null
        ? []
        : [.. Enum.GetValues<SchoolRole>().Where(role => roles.HolderOf(role)?.Github is { } handle && string.Equals(handle, login, StringComparison.OrdinalIgnoreCase))];

    private static string? NameOf(SchoolRoles? roles, string login) =>
        RolesOf(roles, login).Select(role => roles?.HolderOf(role)?.Name).OfType<string>().FirstOrDefault();

    private static ChangeApproval Unverified(GitChange commit) => new(commit, null, [], [], null, Claims(commit));

    private static ImmutableArray<string> Claims(GitChange commit) => commit.TrailerValues(TrailerKeys.ApprovedBy);

    /// <summary>
    /// The roles in the settings just before the change: the first parent of the merge commit GitHub reports, or of the
    /// commit itself when that merge commit is not in this clone. A school's first settings file has no "before"; its
    /// own roles are used then.
    /// </summary>
    private static SchoolRoles? RolesBefore(GitChangeLog log, string stackName, string stackFile, string? mergeCommit, string commit)
    {
        var revision = mergeCommit is not null && log.HasRevision(mergeCommit) ? mergeCommit : commit;
        var text = log.ReadFileBefore(revision, stackFile) ?? log.ReadFileAt(revision, stackFile);
        if (text is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Parse(text, stackFile, stackName, diagnostics);
        return source is null ? null : ConfigBinder.BindSchool(source, diagnostics)?.Roles;
    }

    private static LocalDate UkDate(OffsetDateTime moment) => moment.ToInstant().InZone(UkTime).Date;
}
