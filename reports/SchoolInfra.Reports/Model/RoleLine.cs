namespace SchoolInfra.Reports.Model;

/// <summary>One role: "Designated safeguarding lead", held by "Mrs H. Ashcombe", job title "Headteacher".</summary>
/// <param name="Role">The role in plain words.</param>
/// <param name="Holder">The name the school gave, or "Not named".</param>
/// <param name="JobTitle">The holder's job title; empty when not given.</param>
/// <param name="IsMissing">Nobody is named for the role.</param>
public sealed record RoleLine(string Role, string Holder, string JobTitle, bool IsMissing);
