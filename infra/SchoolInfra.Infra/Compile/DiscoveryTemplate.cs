using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Infra.Emit;
using SchoolInfra.Infra.Types;

namespace SchoolInfra.Infra.Compile;

/// <summary>
/// The template printed when the engine runs the compiler with no PULUMI_* variables to discover packages
/// (GetRequiredPackages, pulumi-contract.md A.2). The engine only walks its type and function tokens, so it names
/// every token a real run may use; nothing in it is ever created.
/// </summary>
public static class DiscoveryTemplate
{
    public static string Emit()
    {
        var resources = KnownTypes.Packages
            .SelectMany(p => p.Resources.Select((type, i) => new DesiredResource(
                $"discover-{p.Name}-{i + 1}", type, PulumiValue.Map(), ResourceOptions.None, SourceSpan.None, [], "package discovery")))
            .ToList();
        var variables = KnownTypes.Packages
            .SelectMany(p => p.Functions.Select((fn, i) => new DesiredVariable(
                $"discover-{p.Name}-fn-{i + 1}",
                PulumiValue.Map(("fn::invoke", PulumiValue.Map(("function", PulumiValue.Text(fn)), ("arguments", PulumiValue.Map())))),
                SourceSpan.None)))
            .ToList();
        var state = new DesiredState("discovery", [.. variables], [.. resources], [], []);
        return PulumiYamlEmitter.Emit(state, "SchoolInfra package discovery: lists every package a school's template may use.");
    }
}
