using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>One filtering profile in vendor-neutral terms, applied to user groups and enforced by backends.</summary>
public sealed record FilteringProfile : ConfigRecord
{
    [UniqueKey(RefKind.FilteringProfile)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    public required string Name { get; init; }

    [RefersTo(RefKind.Group)]
    public required ImmutableArray<string> Groups { get; init; }

    public required ImmutableArray<ContentCategory> BlockedCategories { get; init; }

    [Description("Staff and guest profiles: UKSIC categories left open on purpose, each with its reason (FIL-05).")]
    public ImmutableArray<OpenCategory> OpenCategories { get; init; } = [];

    public ImmutableArray<DomainEntry> BlockedDomains { get; init; } = [];

    public ImmutableArray<DomainEntry> AllowedDomains { get; init; } = [];

    public SafeSearchLevel SafeSearch { get; init; } = SafeSearchLevel.Strict;

    public SafeSearchLevel YouTube { get; init; } = SafeSearchLevel.Strict;

    [Description("Backends that enforce this profile. What one cannot enforce must be covered by another.")]
    public required ImmutableArray<FilteringBackend> EnforcedBy { get; init; }
}
