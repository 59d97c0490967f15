using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>
/// The hardening rules every workflow must keep (issue 11). Each returns the problems it finds as readable lines, so
/// a test can show both that the repository's workflows keep the rule and that a planted breach is caught.
/// </summary>
internal static partial class WorkflowRules
{
    /// <summary>Secrets a pull-request job may hold: they can read, never change, a school (README "Setting up the
    /// repository"). Names ending in "_" are prefixes of per-school secrets.</summary>
    public static readonly string[] ReadOnlySecrets = ["PULUMI_CONFIG_PASSPHRASE", "JAMFPRO_READER_SECRET_", "JAMFSCHOOL_READER_KEY_"];

    /// <summary>Variables that name a deploy identity: they live in a school's environment, and no pull-request job may
    /// use them.</summary>
    public static readonly string[] DeployIdentityVariables = ["AZURE_CLIENT_ID", "JAMFPRO_CLIENT_ID", "PULUMI_DEPLOY_TEAM"];

    /// <summary>Permissions a pull-request job that runs the branch's code may hold: reading, and asking for an OIDC
    /// token, which only the read-only preview identity accepts from a pull request.</summary>
    private static readonly string[] AllowedWhileRunningBranchCode = ["id-token"];

    /// <summary>Every action is pinned to a full commit SHA, with the release it is in a comment.</summary>
    public static IEnumerable<string> UnpinnedActions(Workflow workflow)
    {
        var lines = workflow.Text.Split('\n');
        foreach (var (uses, line) in workflow.Uses())
        {
            if (uses.StartsWith("./", StringComparison.Ordinal))
            {
                continue;
            }

            var pinned = uses.StartsWith("docker://", StringComparison.Ordinal)
                ? uses.Contains("@sha256:", StringComparison.Ordinal)
                : PinnedBySha().IsMatch(uses);
            if (!pinned)
            {
                yield return $"{workflow.File}:{line}: \"{uses}\" is not pinned to a full commit SHA.";
            }
            else if (!uses.StartsWith("docker://", StringComparison.Ordinal) && !ReleaseComment().IsMatch(lines[line - 1]))
            {
                yield return $"{workflow.File}:{line}: \"{uses}\" has no \"# vX.Y.Z\" comment naming the release it pins.";
            }
        }
    }

    /// <summary>The workflow grants nothing by default, and every job says which permissions it needs.</summary>
    public static IEnumerable<string> MissingPermissions(Workflow workflow)
    {
        if (Workflow.Child(workflow.Root, "permissions") is not YamlMappingNode { Children.Count: 0 })
        {
            yield return $"{workflow.File}: the workflow must set \"permissions: {{}}\", so a job gets only what it asks for.";
        }

        foreach (var (id, job) in workflow.Jobs)
        {
            if (Workflow.Permissions(job) is null)
            {
                yield return $"{workflow.File}: job \"{id}\" has no permissions.";
            }
        }
    }

    /// <summary>Neither trigger that runs a pull request's code with the base repository's secrets.</summary>
    public static IEnumerable<string> PrivilegedPullRequestTriggers(Workflow workflow) => workflow.Events
        .Where(e => e is "pull_request_target" or "workflow_run")
        .Select(e => $"{workflow.File}: \"{e}\" runs a pull request's code with the repository's secrets; use pull_request.");

    /// <summary>
    /// In a workflow a pull request starts, every job runs what the branch says (the workflow file itself comes from
    /// the branch). No such job may use an environment, a deploy identity or a secret that can change a school; a job
    /// that checks out the branch's code may write nothing.
    /// </summary>
    public static IEnumerable<string> PullRequestWriteCredentials(Workflow workflow)
    {
        if (!workflow.RunsPullRequestCode)
        {
            yield break;
        }

        foreach (var (id, job) in workflow.Jobs)
        {
            var where = $"{workflow.File}: job \"{id}\"";
            if (Workflow.Child(job, "environment") is not null)
            {
                yield return $"{where} uses an environment, whose secrets and deploy identity a pull request must never reach.";
            }

            var text = Workflow.TextOf(job);
            foreach (var (kind, name) in Workflow.Settings(text).Distinct())
            {
                if (kind == "secrets" && !ReadOnlySecrets.Contains(name))
                {
                    yield return $"{where} uses the secret {name}, which is not one of the read-only ones.";
                }
                else if (kind == "vars" && DeployIdentityVariables.Contains(name))
                {
                    yield return $"{where} uses {name}, a deploy identity.";
                }
            }

            var permissions = Workflow.Permissions(job) ?? new Dictionary<string, string>();
            var checksOut = Workflow.Steps(job).Any(s => Workflow.Child(s, "uses") is YamlScalarNode { Value: { } u } && u.StartsWith("actions/checkout@", StringComparison.Ordinal));
            foreach (var (scope, access) in permissions)
            {
                var writes = access is "write" or "write-all";
                if (writes && (checksOut ? !AllowedWhileRunningBranchCode.Contains(scope) : scope is "contents" or "actions" or "deployments" or "packages" or "id-token" or "*"))
                {
                    yield return $"{where} runs the branch's code and holds \"{scope}: {access}\".";
                }
            }
        }
    }

    /// <summary>No checkout leaves the workflow's token in the git configuration for later steps to find.</summary>
    public static IEnumerable<string> PersistedCheckoutCredentials(Workflow workflow)
    {
        foreach (var (id, job) in workflow.Jobs)
        {
            foreach (var step in Workflow.Steps(job))
            {
                if (Workflow.Child(step, "uses") is YamlScalarNode { Value: { } uses } && uses.StartsWith("actions/checkout@", StringComparison.Ordinal)
                    && !(Workflow.Child(step, "with") is YamlMappingNode with && Workflow.Child(with, "persist-credentials") is YamlScalarNode { Value: "false" }))
                {
                    yield return $"{workflow.File}: job \"{id}\" checks out without \"persist-credentials: false\".";
                }
            }
        }
    }

    /// <summary>Every variable, secret and JSON field the workflows read is documented in the README.</summary>
    public static IEnumerable<string> UndocumentedSettings(IEnumerable<Workflow> workflows, string readme) => workflows
        .SelectMany(w => Workflow.Settings(w.Text).Select(s => (w.File, s.Kind, s.Name)))
        .Where(s => s.Name != "GITHUB_TOKEN")
        .DistinctBy(s => (s.Kind, s.Name))
        .Where(s => !readme.Contains($"`{(s.Name.EndsWith('_') ? s.Name + "<SCHOOL>" : s.Name)}`", StringComparison.Ordinal))
        .Select(s => $"{s.File}: {s.Kind} \"{s.Name}\" is not explained in README.md.");

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedBySha();

    [GeneratedRegex(@"@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\s*$")]
    private static partial Regex ReleaseComment();
}
