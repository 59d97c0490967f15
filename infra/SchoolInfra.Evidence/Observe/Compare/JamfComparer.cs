using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Jamf Pro configuration profiles and PreStage enrolments, matched by name (DEV-10): a declared profile whose settings
/// changed (setting by setting, through the same plist reader on both sides), one nobody declared, one that is gone;
/// a PreStage no longer supervising or made removable. Jamf School profiles are not declared in the stack file (its
/// provider does not manage them), so they are not compared here.
/// </summary>
internal static class JamfComparer
{
    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        Profiles(builder, declared);
        Prestages(builder, declared);
    }

    private static void Profiles(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var area = builder.Snapshot.Area(ObservedArea.JamfProfiles);
        if (declared.JamfProfiles.IsEmpty || area.State is ReadState.Unknown or ReadState.NotUsed)
        {
            return;
        }

        var matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in builder.Snapshot.JamfProfiles)
        {
            var address = $"jamf:/mobiledeviceconfigurationprofiles/id/{profile.Id}";
            var declaredProfile = declared.JamfProfiles.FirstOrDefault(d => string.Equals(d.Name, profile.Name, StringComparison.OrdinalIgnoreCase));
            if (declaredProfile is null)
            {
                builder.Unmanaged(TenantDriftBuilder.Undeclared(address, "jamf:mobileDeviceConfigurationProfile", profile.Name, ["CHG-04", "DEV-10"]),
                    ObservationKind.Jamf, $"A configuration profile made outside the pipeline, carrying {string.Join(", ", profile.PayloadTypes)}.");
                continue;
            }

            matched.Add(declaredProfile.Name);
            var differences = declaredProfile.Settings.Keys.Union(profile.Settings.Keys, StringComparer.Ordinal)
                .Select(key => Setting(key, declaredProfile.Settings.GetValueOrDefault(key), profile.Settings.GetValueOrDefault(key)))
                .OfType<PropertyDrift>();
            builder.Changed(builder.Declared(declaredProfile.Resource, address), differences, NextDeploy.PutsBack, ObservationKind.Jamf);
        }

        if (area.State != ReadState.Complete)
        {
            return;
        }

        foreach (var missing in declared.JamfProfiles.Where(d => !matched.Contains(d.Name)))
        {
            builder.Deleted(builder.Declared(missing.Resource, $"jamf:profile/{missing.Resource.LogicalName}"), ObservationKind.Jamf,
                "No configuration profile with this name was found in Jamf, so the iPads do not get it.");
        }
    }

    private static void Prestages(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        var area = builder.Snapshot.Area(ObservedArea.JamfPrestages);
        if (declared.JamfPrestages.IsEmpty || area.State is ReadState.Unknown or ReadState.NotUsed)
        {
            return;
        }

        foreach (var declaredPrestage in declared.JamfPrestages)
        {
            var prestage = builder.Snapshot.JamfPrestages.FirstOrDefault(p => string.Equals(p.DisplayName, declaredPrestage.DisplayName, StringComparison.OrdinalIgnoreCase));
            if (prestage is null)
            {
                if (area.State == ReadState.Complete)
                {
                    builder.Deleted(builder.Declared(declaredPrestage.Resource, $"jamf:prestage/{declaredPrestage.Resource.LogicalName}"), ObservationKind.Jamf,
                        "No PreStage enrolment with this name was found in Jamf, so new iPads are not supervised by it.");
                }

                continue;
            }

            PropertyDrift?[] differences =
            [
                TenantDriftBuilder.ValueDifference("supervised", declaredPrestage.Supervised, prestage.Supervised),
                TenantDriftBuilder.ValueDifference("mandatory", declaredPrestage.Mandatory, prestage.Mandatory),
                TenantDriftBuilder.ValueDifference("mdmRemovable", declaredPrestage.MdmRemovable, prestage.MdmRemovable),
            ];
            builder.Changed(builder.Declared(declaredPrestage.Resource, $"jamf:/api/v3/mobile-device-prestages/{prestage.Id}"), differences.OfType<PropertyDrift>(),
                NextDeploy.PutsBack, ObservationKind.Jamf);
        }
    }

    private static PropertyDrift? Setting(string key, string? declared, string? live)
    {
        if (string.Equals(declared, live, StringComparison.Ordinal))
        {
            return null;
        }

        var path = $"settings[\"{key.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
        return new PropertyDrift(path,
            declared is null ? PropertyChange.Added : live is null ? PropertyChange.Removed : PropertyChange.Changed,
            declared is null ? DriftValue.Absent : TenantDriftBuilder.Json(declared),
            live is null ? DriftValue.Absent : TenantDriftBuilder.Json(live));
    }
}
