using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

public sealed record RoleHolder : ConfigRecord
{
    [Description("Name or initials of the adult who holds the role, as the school wants it shown to governors.")]
    [StringLength(80, MinimumLength = 2)]
    public required string Name { get; init; }

    [Description("Job title, e.g. \"Deputy headteacher\".")]
    public string? Title { get; init; }

    [Description("The person's GitHub user name. An approval of a pull request counts for this role only when it comes from this account (CHG-01): approvals are read from GitHub, never from typed text.")]
    [Format(ValueFormat.GitHubUser)]
    public string? Github { get; init; }
}
