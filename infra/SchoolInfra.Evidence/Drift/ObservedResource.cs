using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One resource as a live read saw it (DESIGN.md "ObservedResource"): for tenant reads (Microsoft Graph, Jamf) and
/// saved snapshots, compared with the declared state into <see cref="DriftItem"/>s. Pulumi's refresh needs no
/// ObservedResource: the engine has already compared, and its diff maps straight to drift items.
/// </summary>
/// <param name="Type">The Pulumi type token the resource corresponds to, or the reader's own type name for things
/// Pulumi does not manage (e.g. <c>graph:conditionalAccessPolicy</c>).</param>
/// <param name="Address">The Pulumi URN when known, else the cloud id.</param>
/// <param name="Properties">Property path → value as read (secrets as <see cref="DriftValue.Secret"/>).</param>
/// <param name="ManagedByPulumi">Whether the pipeline manages it (unmanaged things are drift of kind Unmanaged when a control covers them).</param>
/// <param name="Source">The reader.</param>
/// <param name="ObservedAt">When it was read.</param>
/// <param name="ReadState">Read, partially read or unknown (a failed read is never "absent").</param>
public sealed record ObservedResource(
    string Type,
    string Address,
    ImmutableSortedDictionary<string, DriftValue> Properties,
    bool ManagedByPulumi,
    ObservationKind Source,
    Instant ObservedAt,
    ReadState ReadState);
