using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record AccessGrant : ConfigRecord
{
    [RefersTo(RefKind.AccessArea)]
    public required string Area { get; init; }

    public AccessLevel Level { get; init; } = AccessLevel.Read;

    [Description("Why this group needs the area when its role would not (IAM-07), e.g. why governors see pupil records.")]
    [StringLength(300, MinimumLength = 10)]
    public string? Reason { get; init; }
}
