using SchoolInfra.Evidence.Drift;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// Intune compliance and settings-catalog policies, matched by name (DEV-01, DEV-08 and the controls each policy
/// carries): a declared policy a complete read did not find, or one whose assignments were changed in the portal
/// (fewer or more targets, exclusions added, "all devices" or "all users" switched). Policies made in the portal are
/// not drift: Intune holds many that SchoolInfra does not manage, and an extra policy weakens nothing.
/// </summary>
internal static class DevicePolicyComparer
{
    public static void Compare(TenantDriftBuilder builder, DeclaredTenant declared)
    {
        Compare(builder, declared, DevicePolicyKind.Compliance, ObservedArea.DeviceCompliance);
        Compare(builder, declared, DevicePolicyKind.SettingsCatalog, ObservedArea.SettingsCatalog);
    }

    private static void Compare(TenantDriftBuilder builder, DeclaredTenant declared, DevicePolicyKind kind, ObservedArea area)
    {
        var snapshot = builder.Snapshot;
        var read = snapshot.Area(area);
        var policies = declared.DevicePolicies.Where(p => p.Kind == kind).ToList();
        if (policies.Count == 0 || read.State is ReadState.Unknown or ReadState.NotUsed)
        {
            return;
        }

        foreach (var policy in policies)
        {
            var live = snapshot.DevicePolicies.FirstOrDefault(p => p.Kind == kind && string.Equals(p.DisplayName, policy.Name, StringComparison.OrdinalIgnoreCase));
            if (live is null)
            {
                // Only a complete read can say a policy is gone.
                if (read.State == ReadState.Complete)
                {
                    builder.Deleted(builder.Declared(policy.Resource, $"graph:intunePolicy/{policy.Resource.LogicalName}"), ObservationKind.MicrosoftGraph,
                        "No Intune policy with this name was found, so its settings apply to no device.");
                }

                continue;
            }

            var included = live.AssignedTo.Count(t => t is not ("allDevices" or "allLicensedUsers"));
            var differences = new List<PropertyDrift?>
            {
                TenantDriftBuilder.ValueDifference("assignments.groups", policy.Included - (policy.AllDevices ? 1 : 0) - (policy.AllUsers ? 1 : 0), included),
                TenantDriftBuilder.ValueDifference("assignments.exclusions", policy.Excluded, live.ExcludedFrom.Length),
                TenantDriftBuilder.ValueDifference("assignments.allDevices", policy.AllDevices, live.AssignedTo.Contains("allDevices")),
                TenantDriftBuilder.ValueDifference("assignments.allUsers", policy.AllUsers, live.AssignedTo.Contains("allLicensedUsers")),
            };
            var note = live.AssignedTo.IsEmpty
                ? "It is assigned to nobody, so it applies to no device."
                : live.ExcludedFrom.Length > policy.Excluded ? "Groups were excluded from it outside the pipeline." : string.Empty;
            builder.Changed(builder.Declared(policy.Resource, $"graph:/deviceManagement/{(kind == DevicePolicyKind.Compliance ? "deviceCompliancePolicies" : "configurationPolicies")}/{live.Id}"),
                differences.OfType<PropertyDrift>(), NextDeploy.PutsBack, ObservationKind.MicrosoftGraph, note);
        }
    }
}
