using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Observe.Compare;

/// <summary>
/// A group as declared: its key, display name, named members (account names, sorted), whether a rule fills it
/// (then its members are not listed) and whether it holds administrators (the pipeline protects those groups).
/// </summary>
public sealed record DeclaredGroup(DesiredResource Resource, string Key, string DisplayName, ImmutableArray<string> Members, bool Dynamic, bool Administrators);
