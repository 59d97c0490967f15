using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// An Intune compliance or settings-catalog policy as declared: its name and how many assignment targets it includes
/// and excludes. Group targets are template references (<c>${deviceGroup-staffLaptops.objectId}</c>) a tenant read
/// cannot resolve without reading every device group, so assignments are compared by their number and kind.
/// </summary>
public sealed record DeclaredDevicePolicy(DesiredResource Resource, DevicePolicyKind Kind, string Name, int Included, int Excluded, bool AllDevices, bool AllUsers);
