using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Cli.Tests.Repository;

/// <summary>
/// The shell the workflows run, run here with stand-ins for the programs it calls (<c>dotnet</c>, <c>gh</c>): what the
/// pipeline does with an exit code or an earlier comment is behaviour, and is tested as such.
/// </summary>
public sealed class PipelineScriptTests
{
    /// <summary>
    /// The check runs validate twice: the findings for the reviewer (0 clean or 2 controls to act on pass; 1 and any
    /// crash fail) and the merge gate with <c>--fail-on</c> (0 passes; 1 blocks; any crash fails).
    /// </summary>
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(2, 0, true)]
    [InlineData(1, 1, false)]
    [InlineData(2, 1, false)]
    [InlineData(134, 0, false)]
    [InlineData(139, 139, false)]
    [InlineData(0, 134, false)]
    [InlineData(2, 2, false)]
    public async Task Validation_PassesOnlyOnFindingsZeroOrTwo_AndAGateOfZero(int findingsExit, int gateExit, bool passes)
    {
        using var folder = TemporaryDirectory.Create("schoolinfra-pipeline-");
        folder.WriteExecutable("bin/dotnet", $$"""
            #!/usr/bin/env bash
            out=""; gate=0
            while [ $# -gt 0 ]; do case "$1" in --out) out=$2 ;; --fail-on) gate=1 ;; esac; shift; done
            echo findings > "$out"
            if [ "$gate" = 1 ]; then exit {{gateExit}}; fi
            exit {{findingsExit}}
            """);
        var script = RunScript("pr.yml", "check", "Validate against the control catalogue");
        var (exit, _, _) = await BashAsync(folder, script, ("STACK", "oakfield-primary"));
        Assert.Equal(passes, exit == 0);
    }

    [Fact]
    public async Task Comment_IsPostedOncePerSchool_ThenEditedInPlace()
    {
        using var folder = TemporaryDirectory.Create("schoolinfra-pipeline-");
        folder.WriteFile("check/plan.md", "## Change summary: Oakfield Primary School\n\nThis change makes 1 change.\n");
        folder.WriteFile("preview/preview.txt", "Previewing update (oakfield-primary):\n  ~ azuread:index:Group staff update\n");
        folder.WriteFile("preview/preview-exit-code.txt", "0\n");
        // The stand-in gh: the comment listing answers with the ids in "existing" (as gh's --jq would after filtering by
        // the marker); posting and editing are logged with the body they send.
        folder.WriteExecutable("bin/gh", """
            #!/usr/bin/env bash
            if [ "$1" = api ] && [ "$2" = --paginate ]; then cat existing 2>/dev/null; exit 0; fi
            body=""
            for a in "$@"; do case "$a" in body=@*) body=${a#body=@} ;; esac; done
            echo "$*" >> calls.log
            cp "$body" "sent-$(wc -l < calls.log | tr -d ' ').md"
            """);
        var script = RunScript("pr.yml", "publish", "One comment per school, with the preview");
        (string, string)[] env = [("STACK", "oakfield-primary"), ("PR", "7"), ("REPO", "example-trust/schools"), ("RUN_URL", "https://ci.example/run/1")];

        var (first, _, error) = await BashAsync(folder, script, env);
        Assert.True(first == 0, error);
        File.WriteAllText(folder.Of("existing"), "4242\n");
        var (second, _, _) = await BashAsync(folder, script, env);
        Assert.Equal(0, second);

        var calls = File.ReadAllLines(folder.Of("calls.log"));
        Assert.StartsWith("api --method POST repos/example-trust/schools/issues/7/comments", calls[0], StringComparison.Ordinal);
        Assert.StartsWith("api --method PATCH repos/example-trust/schools/issues/comments/4242", calls[1], StringComparison.Ordinal);
        var body = File.ReadAllText(folder.Of("sent-2.md"));
        Assert.StartsWith("<!-- schoolinfra:change-summary:oakfield-primary -->\n## Change summary: Oakfield Primary School", body, StringComparison.Ordinal);
        Assert.Contains("~ azuread:index:Group staff update", body, StringComparison.Ordinal);
        Assert.DoesNotContain("The preview failed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_SaysSoWhenThePreviewFailed()
    {
        using var folder = TemporaryDirectory.Create("schoolinfra-pipeline-");
        folder.WriteFile("preview/preview.txt", "error: could not sign in\n");
        folder.WriteFile("preview/preview-exit-code.txt", "255\n");
        folder.WriteExecutable("bin/gh", "#!/usr/bin/env bash\n[ \"$2\" = --paginate ] && exit 0\nfor a in \"$@\"; do case \"$a\" in body=@*) cp \"${a#body=@}\" sent.md ;; esac; done\n");
        var (exit, _, error) = await BashAsync(folder, RunScript("pr.yml", "publish", "One comment per school, with the preview"),
            ("STACK", "oakfield-primary"), ("PR", "7"), ("REPO", "example-trust/schools"), ("RUN_URL", "https://ci.example/run/1"));
        Assert.True(exit == 0, error);
        var body = File.ReadAllText(folder.Of("sent.md"));
        Assert.Contains("**The preview failed.** Do not approve until it runs cleanly.", body, StringComparison.Ordinal);
        Assert.Contains("The change summary could not be written", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOff_PutsTheIssuedRecordOnANewBranch_AndLinksThePullRequestToOpen()
    {
        using var folder = TemporaryDirectory.Create("schoolinfra-pipeline-");
        folder.WriteFile("issued/2026-12-06-report-issue.yaml", "kind: report-issue\ndate: 2026-12-06\n");
        // The stand-in gh logs each call; the record's content must arrive base64-encoded, as the contents API wants.
        folder.WriteExecutable("bin/gh", "#!/usr/bin/env bash\necho \"$*\" >> calls.log\n");
        (string, string)[] env = [("STACK", "oakfield-primary"), ("MEETING", "2026-12-10"), ("SIGNED_BY", "chairOfGovernors"),
            ("REPO", "example-trust/schools"), ("SERVER", "https://github.example"), ("GITHUB_RUN_ID", "99"), ("GITHUB_SHA", "abc123"), ("GITHUB_REF_NAME", "main")];

        var (exit, _, error) = await BashAsync(folder, RunScript("report.yml", "sign-off", "Put the report-issue record on a branch for the sign-off pull request"), env);

        Assert.True(exit == 0, error);
        var calls = File.ReadAllLines(folder.Of("calls.log"));
        Assert.Equal("api --method POST repos/example-trust/schools/git/refs -f ref=refs/heads/report-issue/oakfield-primary/2026-12-10-99 -f sha=abc123", calls[0]);
        Assert.StartsWith("api --method PUT repos/example-trust/schools/contents/schools/oakfield-primary/records/2026-12-06-report-issue.yaml", calls[1], StringComparison.Ordinal);
        Assert.Contains($"content={Convert.ToBase64String("kind: report-issue\ndate: 2026-12-06\n"u8)}", calls[1], StringComparison.Ordinal);
        Assert.Contains("-f branch=report-issue/oakfield-primary/2026-12-10-99", calls[1], StringComparison.Ordinal);
        Assert.Equal(2, calls.Length);
        var summary = File.ReadAllText(folder.Of("step-summary.md"));
        Assert.Contains("https://github.example/example-trust/schools/compare/main...report-issue/oakfield-primary/2026-12-10-99?expand=1", summary, StringComparison.Ordinal);
        Assert.Contains("ask the chairOfGovernors to read the report and approve it", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_IssuesOnlyByHand_AndTheSignOffJobRunsNoCodeAndCannotOpenOrApprovePullRequests()
    {
        var report = Workflow.Named("report.yml");
        var signOff = report.Job("sign-off");
        Assert.Equal("github.event_name == 'workflow_dispatch' && inputs.meeting != ''", ((YamlScalarNode)Workflow.Child(signOff, "if")!).Value);
        var permissions = (YamlMappingNode)Workflow.Child(signOff, "permissions")!;
        Assert.Equal(["contents: write"], permissions.Children.Select(p => $"{p.Key}: {p.Value}"));
        Assert.DoesNotContain(Workflow.Steps(signOff), s => Workflow.Child(s, "uses") is YamlScalarNode { Value: { } u } && u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Contains("--issue --meeting \"$MEETING\" --signed-by \"$SIGNED_BY\"", RunScript("report.yml", "report", "Write the report"), StringComparison.Ordinal);
    }

    /// <summary>The <c>run:</c> text of a named step.</summary>
    internal static string RunScript(string workflow, string job, string stepName)
    {
        var step = Workflow.Steps(Workflow.Named(workflow).Job(job)).Single(s => Workflow.Child(s, "name") is YamlScalarNode { Value: { } n } && n == stepName);
        return ((YamlScalarNode)Workflow.Child(step, "run")!).Value!;
    }

    /// <summary>Runs a script as GitHub's runner does (bash -e, pipefail), with the folder's bin/ first on PATH.</summary>
    internal static async Task<(int Exit, string Output, string Error)> BashAsync(TemporaryDirectory folder, string script, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        start.ArgumentList.Add("--noprofile");
        start.ArgumentList.Add("--norc");
        start.ArgumentList.Add("-eo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PATH"] = $"{folder.Of("bin")}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["GITHUB_STEP_SUMMARY"] = folder.Of("step-summary.md");
        start.Environment["GITHUB_OUTPUT"] = folder.Of("output.txt");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
