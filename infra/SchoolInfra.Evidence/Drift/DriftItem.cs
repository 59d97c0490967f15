using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One difference between what a school declared and what its live systems have, the same for every source
/// (Pulumi's refresh or preview, engine events, tenant reads): the resource, what happened, each property with
/// its declared and live values, what the next deploy does, how much it matters and who acts.
/// </summary>
/// <param name="Resource">The resource, joined to the stack file and its controls.</param>
/// <param name="Kind">Changed or deleted outside the pipeline, unmanaged or unreadable.</param>
/// <param name="Properties">The properties that differ, sorted by path; empty for deletions, unmanaged and unreadable
/// resources. Properties an ignore rule absorbs are not here (see <see cref="DriftResult.Ignored"/>).</param>
/// <param name="NextDeploy">What the next deploy from the pipeline does about it.</param>
/// <param name="Severity">The highest severity of the controls the resource carries.</param>
/// <param name="WhoActs">The role that puts it right (the IT provider for everything the pipeline deploys).</param>
/// <param name="Source">The observation that found it.</param>
/// <param name="Note">A plain sentence from the source when it explains more (for example why a read failed); empty otherwise.</param>
public sealed record DriftItem(
    DriftResource Resource,
    DriftKind Kind,
    ImmutableArray<PropertyDrift> Properties,
    NextDeploy NextDeploy,
    DriftSeverity Severity,
    SchoolRole WhoActs,
    ObservationKind Source,
    string Note = "")
{
    /// <summary>The control ids the resource carries (shortcut for <c>Resource.Controls</c>).</summary>
    public ImmutableArray<string> Controls => Resource.Controls;
}
