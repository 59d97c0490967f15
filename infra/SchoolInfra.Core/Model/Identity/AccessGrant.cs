using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record AccessGrant : ConfigRecord
{
    [RefersTo(RefKind.AccessArea)]
    public required string Area { get; init; }

    public AccessLevel Level { get; init; } = AccessLevel.Read;
}
