using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Testing;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Graph;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Testing.Fakes;

namespace SchoolInfra.Cli.Tests.Commands;

/// <summary><c>schoolinfra observe</c> in-process against a loopback fake Graph: options, exit codes, where the snapshot goes.</summary>
public sealed class ObserveCommandTests
{
    private static (int Exit, string Out, string Err) Run(Dictionary<string, string> env, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var cli = new CliContext(stdout, stderr, name => env.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 30, 6, 0)), RepoPaths.Root, ErrorIsTerminal: false);
        var exit = Program.Run(args, cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Observe_TenantWithUnreadableAreas_WritesSnapshotAndExits2()
    {
        await using var graph = await FakeGraph.StartAsync();
        graph.Collection("organization", [new JsonObject
        {
            ["id"] = "00000000-0000-4000-8000-000000000001",
            ["verifiedDomains"] = new JsonArray(new JsonObject { ["name"] = "oakfield-primary.example" }),
        }]);
        using var folder = TemporaryDirectory.Create();
        var output = folder.Of("tenant.json");

        var (exit, stdout, stderr) = Run(new() { ["SCHOOLINFRA_GRAPH_TOKEN"] = graph.Token },
            "observe", "--graph-endpoint", graph.Endpoint.ToString(), "--out", output, "--timeout", "60");

        Assert.Equal(2, exit);
        Assert.Contains("high   could not be read: sign-in rules [", stdout, StringComparison.Ordinal);
        Assert.Contains("observe: sign-in rules: unknown", stderr, StringComparison.Ordinal);
        Assert.Contains("SI4113", stderr, StringComparison.Ordinal);
        var text = File.ReadAllText(output);
        Assert.Contains("\"state\": \"unknown\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Token, text + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observe_TenantAsDeclaredButForAnExtraGlobalAdministrator_PrintsThatOneDifference()
    {
        var desired = SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files).State!;
        var mirror = MirrorTenant.From(ExampleSchool.Stack, ExampleSchool.Config().School.TenantDomain, DeclaredTenant.From(desired));
        var extra = MirrorTenant.User("business.manager@oakfield-primary.example");
        await using var graph = await FakeGraph.StartAsync();
        graph.Serve(mirror with { RoleHolders = mirror.RoleHolders.Add(new ObservedRoleHolder(PrivilegedRoles.GlobalAdministrator, "Global Administrator", extra, "/")) });
        using var folder = TemporaryDirectory.Create();

        var (exit, stdout, stderr) = Run(new() { ["SCHOOLINFRA_GRAPH_TOKEN"] = graph.Token },
            "observe", "--graph-endpoint", graph.Endpoint.ToString(), "--out", folder.Of("tenant.json"), "--timeout", "60");

        Assert.Equal(2, exit);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("high   not in the stack file: business.manager@oakfield-primary.example as Global Administrator [CHG-04, IAM-04]", StringComparison.Ordinal));
        // Jamf Pro was not given, so its areas are unknown: the only other items say so.
        Assert.All(lines.Where(l => l.Length > 0 && l[0] != ' ' && !l.StartsWith("Tenant drift", StringComparison.Ordinal) && !l.Contains("Global Administrator", StringComparison.Ordinal)),
            l => Assert.Contains("could not be read: Jamf", l, StringComparison.Ordinal));
        Assert.DoesNotContain(graph.Token, stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--graph-endpoint", "http://graph.example/")]
    [InlineData("--jamf-url", "http://jamf.example/")]
    public void Observe_PlainHttpOffLoopback_IsRefused(string option, string url)
    {
        var (exit, stdout, stderr) = Run([], "observe", option, url);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("error SI9121", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("ten")]
    public void Observe_BadTimeout_IsRefused(string value)
    {
        var (exit, _, stderr) = Run([], "observe", "--timeout", value);

        Assert.Equal(1, exit);
        Assert.Contains("error SI9122", stderr, StringComparison.Ordinal);
    }
}
