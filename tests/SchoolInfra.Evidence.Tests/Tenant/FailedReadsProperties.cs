using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using static SchoolInfra.Evidence.Tests.Tenant.TenantDrift;
using ReadState = SchoolInfra.Evidence.Observe.ReadState;

namespace SchoolInfra.Evidence.Tests.Tenant;

/// <summary>
/// Property: take a snapshot that mirrors the declared state, make any non-empty subset of its areas fail (unknown:
/// nothing read; partial: the first half read), and those areas never read as "no drift": each gives an unreadable
/// item, and nothing that the failed reads left out is called deleted or changed.
/// </summary>
public sealed class FailedReadsProperties
{
    private static readonly ObservedArea[] Areas = Enum.GetValues<ObservedArea>();

    /// <summary>One base-3 digit per area: 0 read, 1 unknown, 2 partial; never all read.</summary>
    public static Arbitrary<int> Failures() => Gen.Choose(1, (int)Math.Pow(3, Areas.Length) - 1).ToArbitrary();

    [Property(MaxTest = 150, Arbitrary = [typeof(FailedReadsProperties)])]
    public bool FailedAreas_AreUnreadableAndNeverNoDrift(int failures)
    {
        var snapshot = Mirror();
        var failed = new Dictionary<ObservedArea, ReadState>();
        for (var (i, rest) = (0, failures); i < Areas.Length; i++, rest /= 3)
        {
            if (rest % 3 is var digit and > 0)
            {
                failed[Areas[i]] = digit == 1 ? ReadState.Unknown : ReadState.Partial;
            }
        }

        foreach (var (area, state) in failed)
        {
            snapshot = Fail(snapshot.WithArea(area, state), area, state == ReadState.Partial);
        }

        var items = Compare(snapshot).Items;
        var unreadable = items.Where(i => i.Kind == DriftKind.Unreadable).Select(i => i.Resource.Address).ToHashSet(StringComparer.Ordinal);
        return items.Length > 0
            && failed.Keys.All(a => unreadable.Contains($"live:{a}"))
            && items.All(i => i.Kind == DriftKind.Unreadable)
            && unreadable.Count == failed.Count;
    }

    /// <summary>Drops what a failed read of <paramref name="area"/> would not have read (all of it, or the second half).</summary>
    private static TenantSnapshot Fail(TenantSnapshot s, ObservedArea area, bool partial)
    {
        System.Collections.Immutable.ImmutableArray<T> Keep<T>(System.Collections.Immutable.ImmutableArray<T> items) =>
            partial ? [.. items.Take(items.Length / 2)] : [];
        return area switch
        {
            ObservedArea.Tenant => s with { TenantId = null },
            ObservedArea.SignInRules => s with { SignInRules = Keep(s.SignInRules) },
            ObservedArea.NamedLocations => s with { NamedLocations = Keep(s.NamedLocations) },
            ObservedArea.PrivilegedRoles => s with { RoleHolders = Keep(s.RoleHolders) },
            ObservedArea.Groups => s with { Groups = Keep(s.Groups) },
            ObservedArea.Principals => s with { Principals = Keep(s.Principals) },
            ObservedArea.BreakGlassAccounts => s with { BreakGlassAccounts = Keep(s.BreakGlassAccounts) },
            ObservedArea.BreakGlassSignIns => s with { BreakGlassSignIns = Keep(s.BreakGlassSignIns) },
            ObservedArea.AuthenticationMethods => s with { AuthenticationMethods = Keep(s.AuthenticationMethods) },
            ObservedArea.DeviceCompliance => s with { DevicePolicies = [.. Keep([.. s.DevicePolicies.Where(p => p.Kind == DevicePolicyKind.Compliance)]), .. s.DevicePolicies.Where(p => p.Kind != DevicePolicyKind.Compliance)] },
            ObservedArea.SettingsCatalog => s with { DevicePolicies = [.. Keep([.. s.DevicePolicies.Where(p => p.Kind == DevicePolicyKind.SettingsCatalog)]), .. s.DevicePolicies.Where(p => p.Kind != DevicePolicyKind.SettingsCatalog)] },
            ObservedArea.WebFiltering => s with { FilteringPolicies = Keep(s.FilteringPolicies), FilteringProfiles = Keep(s.FilteringProfiles) },
            ObservedArea.JamfProfiles => s with { JamfProfiles = Keep(s.JamfProfiles) },
            ObservedArea.JamfPrestages => s with { JamfPrestages = Keep(s.JamfPrestages) },
            _ => s,
        };
    }
}
