using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>
/// One Global Secure Access security profile to build: a filtering profile for its groups, or a copy of it for one
/// group that has live exceptions (Global Secure Access rules cannot target groups, so an exception for one group
/// needs its own security profile).
/// </summary>
/// <param name="Key">Logical name part, from config keys only: <c>olderPupils</c> or <c>olderPupils-year6Pupils</c>.</param>
/// <param name="Title">Words for display names.</param>
/// <param name="Profile">The filtering profile whose rules it carries.</param>
/// <param name="Groups">The user groups its Conditional Access policy targets.</param>
/// <param name="Exceptions">Live exceptions for those groups, deployed as allow rules ahead of the profile's rules.</param>
/// <param name="Priority">Security profile priority: lower numbers are evaluated first.</param>
/// <param name="Source">The config lines it comes from.</param>
internal sealed record FilteringScope(
    string Key,
    string Title,
    FilteringProfile Profile,
    ImmutableArray<string> Groups,
    ImmutableArray<FilteringException> Exceptions,
    long Priority,
    SourceSpan Source);
