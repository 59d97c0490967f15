using System.Reflection;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Tests;

public class RuleDiscoveryTests
{
    /// <summary>The controls this set of rules answers (reference/controls.md sections 10 to 13).</summary>
    public static readonly string[] ExpectedIds =
    [
        .. Enumerable.Range(1, 12).Select(i => $"fil-{i:00}"),
        .. Enumerable.Range(1, 3).Select(i => $"log-{i:00}"),
        .. Enumerable.Range(1, 7).Select(i => $"bak-{i:00}"),
        .. Enumerable.Range(1, 10).Select(i => $"dev-{i:00}"),
    ];

    public static IReadOnlyList<IRule> DomainRules() =>
    [
        .. typeof(ControlRule).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ControlRule).IsAssignableFrom(t))
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Id, StringComparer.Ordinal),
    ];

    [Fact]
    public void Discover_EveryRule_HasPublicParameterlessConstructor()
    {
        var types = typeof(ControlRule).Assembly.GetTypes().Where(t => t is { IsAbstract: false } && typeof(IRule).IsAssignableFrom(t));
        Assert.All(types, t => Assert.NotNull(t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)));
    }

    [Fact]
    public void Discover_FilteringLoggingBackupAndDeviceRules_CoverEachControlOnce()
    {
        var ids = DomainRules().Select(r => r.Id).ToList();
        Assert.Equal(ExpectedIds.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Discover_EveryRule_LivesInItsDomainFolder()
    {
        var folders = new Dictionary<string, string> { ["fil"] = "Filtering", ["log"] = "Logging", ["bak"] = "Backups", ["dev"] = "Devices" };
        Assert.All(DomainRules(), r =>
        {
            var type = r.GetType();
            Assert.Equal($"SchoolInfra.Policy.Rules.{folders[r.Id[..3]]}", type.Namespace);
            Assert.EndsWith("Rule", type.Name, StringComparison.Ordinal);
        });
    }
}
