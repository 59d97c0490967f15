using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>
/// The privileged Entra roles IAM-04 names, by their built-in role template ids (the same in every tenant).
/// Global Administrator is the one IAM-04 counts.
/// </summary>
public static class PrivilegedRoles
{
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";

    public static ImmutableSortedDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [GlobalAdministrator] = "Global Administrator",
        ["e8611ab8-c189-46e8-94e1-60213ab1f814"] = "Privileged Role Administrator",
        ["7be44c8a-adaf-4e2a-84d6-ab2649e08a13"] = "Privileged Authentication Administrator",
        ["b1be1c3e-b65d-4f19-8427-f6fa0d97feb9"] = "Conditional Access Administrator",
        ["194ae4cb-b126-40b2-bd5b-6091b380977d"] = "Security Administrator",
        ["fe930be7-5e62-47db-91af-98c3a49a38b1"] = "User Administrator",
        ["3a2c62db-5318-420d-8d74-23affee5d9d5"] = "Intune Administrator",
        ["29232cdf-9323-42fd-ade2-1d097af3e4de"] = "Exchange Administrator",
        ["f28a1f50-f6e7-4571-818b-6a12f2af6b6c"] = "SharePoint Administrator",
        ["c4e39bd9-1100-46d3-8c65-fb160da0071f"] = "Authentication Administrator",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
