using System.Collections.Immutable;
using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Compares a tenant snapshot with the school's declared state into the one drift model (the same
/// <see cref="DriftItem"/>s as Pulumi's refresh). Pure: no I/O, no clock. Every area that was not read completely
/// gives an unreadable item naming its controls, so a failed read never reads as "no drift"; inside a partial area
/// what was read is still compared, but nothing is called missing.
/// </summary>
public static class TenantDriftComparer
{
    /// <summary>The controls an area's evidence bears on: what stays unknown while the area is unread.</summary>
    public static ImmutableArray<string> ControlsOf(ObservedArea area) => area switch
    {
        ObservedArea.Tenant => ["CHG-04"],
        ObservedArea.SignInRules => ["CHG-04", "GST-02", "MFA-01", "MFA-02", "MFA-03", "MFA-04"],
        ObservedArea.NamedLocations => ["MFA-04"],
        ObservedArea.PrivilegedRoles => ["IAM-04"],
        ObservedArea.Groups => ["IAM-01", "IAM-04"],
        ObservedArea.Principals => ["MFA-04"],
        ObservedArea.BreakGlassAccounts or ObservedArea.BreakGlassSignIns => ["IAM-05"],
        ObservedArea.AuthenticationMethods => ["MFA-01", "MFA-02"],
        ObservedArea.DeviceCompliance => ["DEV-08"],
        ObservedArea.SettingsCatalog => ["DEV-01", "DEV-03", "DEV-05"],
        ObservedArea.WebFiltering => ["FIL-01", "FIL-02", "FIL-08"],
        ObservedArea.JamfProfiles or ObservedArea.JamfPrestages => ["DEV-10"],
        _ => ["CHG-04"],
    };

    /// <summary>The drift items (sorted as <see cref="DriftChecker.Sort"/> does), the absorbed differences, and how many objects were read.</summary>
    public static (ImmutableArray<DriftItem> Items, ImmutableArray<IgnoredDrift> Ignored, int Read) Compare(TenantSnapshot snapshot, DriftContext context)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        return Compare(snapshot, context, DeclaredTenant.From(context.Desired));
    }

    /// <summary>As <see cref="Compare(TenantSnapshot, DriftContext)"/>, with the declared side already read (benchmarks, many snapshots).</summary>
    public static (ImmutableArray<DriftItem> Items, ImmutableArray<IgnoredDrift> Ignored, int Read) Compare(TenantSnapshot snapshot, DriftContext context, DeclaredTenant declared)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(declared);
        var builder = new TenantDriftBuilder(context, snapshot);
        foreach (var area in Enum.GetValues<ObservedArea>().Select(snapshot.Area).Where(a => !a.IsComplete))
        {
            builder.Unreadable(area, ControlsOf(area.Area));
        }

        SignInRuleComparer.Compare(builder, declared);
        NamedLocationComparer.Compare(builder, declared);
        DirectoryComparer.Compare(builder, declared);
        FilteringComparer.Compare(builder, declared);
        JamfComparer.Compare(builder, declared);
        DevicePolicyComparer.Compare(builder, declared);
        AuthenticationMethodComparer.Compare(builder, declared);
        var read = snapshot.Areas.Where(a => a.State is ReadState.Complete or ReadState.Partial).Sum(a => a.Count);
        return (DriftChecker.Sort(builder.Items),
            [.. builder.Ignored.OrderBy(i => i.Resource.Address, StringComparer.Ordinal).ThenBy(i => i.Property.Path, StringComparer.Ordinal)],
            read);
    }
}
