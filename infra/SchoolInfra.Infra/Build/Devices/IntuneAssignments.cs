using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build.Devices;

/// <summary>
/// The <c>assignments</c> list of microsoft365 Intune resources: one <c>groupAssignmentTarget</c> per Entra device
/// group, by its object id (provider schema: set of {type, group_id, filter_id, filter_type}).
/// </summary>
public static class IntuneAssignments
{
    public static PulumiValue ToGroups(IEnumerable<string> deviceGroupKeys, Func<string, PulumiObject>? extra = null) =>
        PulumiValue.List(deviceGroupKeys.Distinct(StringComparer.Ordinal).Select(key =>
        {
            var target = PulumiValue.Map(
                ("type", PulumiValue.Text("groupAssignmentTarget")),
                ("groupId", PulumiValue.Ref(ResourceNames.DeviceGroup(key), "objectId")),
                ("filterType", PulumiValue.Text("none")));
            return extra is null ? target : new PulumiObject([.. target.Entries, .. extra(key).Entries]);
        }));
}
