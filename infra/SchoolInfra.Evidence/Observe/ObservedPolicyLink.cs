namespace SchoolInfra.Evidence.Observe;

/// <summary>A policy linked into a security profile, and whether the link is enabled.</summary>
public sealed record ObservedPolicyLink(string PolicyId, string State);
