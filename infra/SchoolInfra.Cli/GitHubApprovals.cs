using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Cli;

/// <summary>
/// Reads who approved a school's changes this academic year from GitHub, with the workflow's token (<c>GITHUB_TOKEN</c>
/// or <c>GH_TOKEN</c>, <c>GITHUB_REPOSITORY</c>, and <c>GITHUB_API_URL</c> for GitHub Enterprise Server). Without a
/// token the evidence says approvals were not checked; a failed read is a warning and the same answer, never "approved".
/// </summary>
internal static class GitHubApprovals
{
    public static ApprovalEvidence Read(CliContext cli, Workspace workspace, string stack, LocalDate today, DiagnosticBag diagnostics)
    {
        GitChangeLog log;
        try
        {
            log = new GitChangeLog(workspace.Root);
        }
        catch (ArgumentException)
        {
            return ApprovalEvidence.NotRead("the folder is not a git repository, so its history was not read", today);
        }

        var source = Source(cli, diagnostics, out var reason);
        var (stackFile, _) = workspace.StackFile(stack);
        var evidence = ApprovalReader.ReadAsync(log, source, stack, stackFile, Path.Combine(workspace.SchoolsPath, stack),
            SchoolCalendar.AcademicYearStart(today), today, reason).GetAwaiter().GetResult();
        if (source is not null && !evidence.Checked && evidence.NotCheckedBecause is { } because)
        {
            diagnostics.Add(CliDiagnostics.ApprovalsNotRead(because));
        }

        return evidence;
    }

    private static GitHubPullRequestSource? Source(CliContext cli, DiagnosticBag diagnostics, out string reason)
    {
        reason = "no GitHub token was given";
        var token = cli.Environment("GITHUB_TOKEN") is { Length: > 0 } t ? t : cli.Environment("GH_TOKEN");
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var repository = cli.Environment("GITHUB_REPOSITORY");
        if (repository is null || !GitHubPullRequestSource.IsRepositoryName(repository))
        {
            diagnostics.Add(CliDiagnostics.GitHubRepositoryUnknown(repository));
            reason = "the repository on GitHub is not known";
            return null;
        }

        var api = Uri.TryCreate(cli.Environment("GITHUB_API_URL"), UriKind.Absolute, out var url) ? url : null;
        return GitHubPullRequestSource.Connect(token, repository, api, cli.Environment("SCHOOLINFRA_DEFAULT_BRANCH") ?? "main");
    }
}
