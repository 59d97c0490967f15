using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Tests.Pulumi;
using SchoolInfra.Testing.Fakes;
using ReadState = SchoolInfra.Evidence.Observe.ReadState;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>The example school's declared tenant, a snapshot mirroring it, and the comparison of a snapshot with it.</summary>
internal static class TenantDrift
{
    private static readonly Lazy<DeclaredTenant> ExampleDeclared = new(() => DeclaredTenant.From(PulumiFixtures.Desired));

    public static DeclaredTenant Declared => ExampleDeclared.Value;

    /// <summary>A snapshot of a tenant exactly as the example school declares it.</summary>
    public static TenantSnapshot Mirror() => MirrorTenant.From(ExampleSchool.Stack, "oakfield-primary.example", Declared);

    /// <summary>The example school's drift context, with the catalogue's severities for the controls tenant drift names.</summary>
    public static DriftContext Context() => new(
        ExampleSchool.Stack,
        PulumiFixtures.Desired,
        DriftIgnoreRules.Default,
        new Dictionary<string, DriftSeverity>
        {
            ["MFA-01"] = DriftSeverity.High,
            ["MFA-04"] = DriftSeverity.High,
            ["IAM-04"] = DriftSeverity.High,
            ["IAM-05"] = DriftSeverity.High,
            ["FIL-01"] = DriftSeverity.High,
            ["CHG-04"] = DriftSeverity.Medium,
            ["DEV-10"] = DriftSeverity.Medium,
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
        "Oakfield - ");

    public static DriftObservation Compare(TenantSnapshot snapshot)
    {
        var bag = new DiagnosticBag();
        var observation = TenantSnapshotSource.Observe(snapshot, "schools/oakfield-primary/live/tenant.json", Context(), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return observation!;
    }

    /// <summary>The snapshot with one area's read state replaced.</summary>
    public static TenantSnapshot WithArea(this TenantSnapshot snapshot, ObservedArea area, ReadState state, string? permission = null) =>
        snapshot with
        {
            Areas = [.. snapshot.Areas.Select(a => a.Area == area ? new AreaRead(area, state, 0, state == ReadState.Complete ? null : "The read was refused.", permission) : a)],
        };

    public static string Describe(DriftItem item) =>
        $"{item.Kind} {item.Resource.LogicalName ?? item.Resource.DisplayName} [{string.Join(", ", item.Properties.Select(p => $"{p.Path}: {p.Declared.Display} -> {p.Live.Display}"))}] {item.NextDeploy}";
}
