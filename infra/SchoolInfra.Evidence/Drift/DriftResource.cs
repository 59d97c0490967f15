using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// The resource a drift item is about, joined to the school's declared state through compile's explain map:
/// Pulumi URN (or cloud id for unmanaged things) → template resource (logical name) → the controls it carries and
/// the stack-file lines it came from.
/// </summary>
/// <param name="Address">The Pulumi URN, or the cloud id of a resource Pulumi does not manage.</param>
/// <param name="Type">The Pulumi type token, e.g. <c>azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy</c>.</param>
/// <param name="LogicalName">The template resource name (the URN's name part), e.g. <c>ca-require-mfa</c>; null when the
/// resource is not in the school's declared state (unmanaged, or removed from the stack file since the last deploy).</param>
/// <param name="DisplayName">The name people know it by (its declared display name when it has one, else the logical
/// name or the cloud id).</param>
/// <param name="Purpose">Why the resource exists, from the explain map; empty when it is not declared.</param>
/// <param name="Source">The stack-file lines it came from; <see cref="SourceSpan.None"/> when not declared.</param>
/// <param name="Controls">The control ids it implements, e.g. <c>MFA-01</c>; empty when not declared.</param>
public sealed record DriftResource(
    string Address,
    string Type,
    string? LogicalName,
    string DisplayName,
    string Purpose,
    SourceSpan Source,
    ImmutableArray<string> Controls)
{
    /// <summary>Whether the resource is in the school's declared state.</summary>
    public bool IsDeclared => LogicalName is not null;
}
