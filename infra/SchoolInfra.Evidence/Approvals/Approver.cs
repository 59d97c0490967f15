using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Provenance;

namespace SchoolInfra.Evidence.Approvals;

/// <summary>
/// Someone who approved a change on GitHub, with the name and the roles their GitHub user name was declared for in the
/// school's settings on that day: the settings in force before the change, so a change cannot name its own approver,
/// and a later change of role holder rewrites nothing.
/// </summary>
/// <param name="Login">Their GitHub user name.</param>
/// <param name="At">When they approved.</param>
/// <param name="PullRequest">The pull request they approved.</param>
/// <param name="Name">Their name as the settings gave it that day; null when the user name was declared for no role.</param>
/// <param name="Roles">The roles they held that day; empty when none.</param>
public sealed record Approver(string Login, Instant At, int PullRequest, string? Name, ImmutableArray<SchoolRole> Roles)
{
    public bool Holds(SchoolRole role) => Roles.Contains(role);

    /// <summary>Evidence of origin <see cref="EvidenceOrigin.ApprovedOnGitHub"/>, dated when they approved.</summary>
    public EvidenceSource Source => new(EvidenceOrigin.ApprovedOnGitHub, $"approval of pull request #{PullRequest} on GitHub", At);
}
