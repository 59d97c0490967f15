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
}
