using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Named locations, matched by display name (MFA-04): a declared location widened in the portal (more addresses, or
/// countries) or marked trusted, a trusted location nobody declared, and a declared one that is gone.
/// </summary>
internal static class NamedLocationComparer
{
    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var snapshot = builder.Snapshot;
        var area = snapshot.Area(ObservedArea.NamedLocations);
        if (area.State == ReadState.Unknown)
        {
            return;
        }

        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var location in snapshot.NamedLocations)
        {
            var address = $"graph:/identity/conditionalAccess/namedLocations/{location.Id}";
            var declaredLocation = declared.NamedLocations.FirstOrDefault(d => string.Equals(d.DisplayName, location.DisplayName, StringComparison.OrdinalIgnoreCase));
            if (declaredLocation is null)
            {
                var covers = location.IpRanges.Concat(location.Countries).ToList();
                builder.Unmanaged(
                    TenantDriftBuilder.Undeclared(address, "graph:namedLocation", location.DisplayName, ["CHG-04", "MFA-04"]),
                    ObservationKind.MicrosoftGraph,
                    $"A {(location.IsTrusted ? "trusted " : string.Empty)}named location made outside the pipeline, covering {(covers.Count == 0 ? "nothing" : string.Join(", ", covers))}."
                    + (location.IsTrusted ? " Sign-in rules that spare trusted places spare it too." : string.Empty),
                    low: !location.IsTrusted);
                continue;
            }

            matched.Add(declaredLocation.DisplayName);
            var live = location.IpRanges.Select(r => r.ToLowerInvariant()).Concat(location.Countries).ToList();
            var differences = new List<PropertyDrift?>
            {
                TenantDriftBuilder.SetDifference("ip.ipRanges", declaredLocation.IpRanges.Select(r => r.ToLowerInvariant()), live, StringComparer.Ordinal),
                TenantDriftBuilder.ValueDifference("ip.trusted", declaredLocation.Trusted, location.IsTrusted),
            };
            var added = live.Except(declaredLocation.IpRanges, StringComparer.OrdinalIgnoreCase).ToList();
            var note = added.Count > 0 ? $"Widened: it now also covers {string.Join(", ", added)}." : string.Empty;
            if (!declaredLocation.Trusted && location.IsTrusted)
            {
                note = (note + " It is now marked trusted.").Trim();
            }

            builder.Changed(builder.Declared(declaredLocation.Resource, address), differences.OfType<PropertyDrift>(), NextDeploy.PutsBack,
                ObservationKind.MicrosoftGraph, note);
        }

        if (area.State != ReadState.Complete)
        {
            return;
        }

        foreach (var missing in declared.NamedLocations.Where(d => !matched.Contains(d.DisplayName)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"graph:namedLocation/{missing.Resource.LogicalName}"), ObservationKind.MicrosoftGraph,
                "No named location with this name was found in the tenant.");
        }
    }
}
