namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// A property difference that an ignore rule absorbed: kept so that reports can say what was ignored and why,
/// instead of hiding it.
/// </summary>
/// <param name="Resource">The resource.</param>
/// <param name="Property">The difference that was absorbed.</param>
/// <param name="Rule">The ignore rule's name, e.g. <c>azure-tags</c>.</param>
/// <param name="Reason">The rule's reason, in plain English.</param>
public sealed record IgnoredDrift(DriftResource Resource, PropertyDrift Property, string Rule, string Reason);
