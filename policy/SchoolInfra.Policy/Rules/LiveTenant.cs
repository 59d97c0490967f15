using System.Globalization;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Provenance;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// A rule's view of the school's latest tenant read (<see cref="RuleContext.Observed"/>) beside its declared side.
/// Rules judge what an area shows when it was read completely or in part (what a partial read shows is true); an
/// area not read completely is never evidence that nothing is wrong: <see cref="Conclude"/> then leaves the tenant
/// part "not checked live" (DESIGN.md: fail closed).
/// </summary>
public sealed class LiveTenant
{
    private LiveTenant(TenantSnapshot snapshot, DeclaredTenant declared)
    {
        Snapshot = snapshot;
        Declared = declared;
    }

    public TenantSnapshot Snapshot { get; }

    public DeclaredTenant Declared { get; }

    /// <summary>When the tenant was read, as evidence lines write it: <c>2026-11-23 at 05:30 UTC</c>.</summary>
    public string When => $"{Wording.Date(Snapshot.ReadAt.InUtc().Date)} at {Snapshot.ReadAt.InUtc().TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";

    /// <summary>The school's tenant read, or null when none was saved (the rule's tenant part stays "not yet checked").</summary>
    public static LiveTenant? From(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Observed is { } snapshot ? new LiveTenant(snapshot, DeclaredTenant.From(context.Desired)) : null;
    }

    /// <summary>Something of the area was read (completely or in part): what it shows may be judged.</summary>
    public bool Read(ObservedArea area) => Snapshot.Area(area).State is ReadState.Complete or ReadState.Partial;

    /// <summary>
    /// Ends the rule's tenant part: the tenant read as a live source when the first of <paramref name="areas"/> (the one
    /// the part rests on; the others only name or complete what it shows) was read, then either "observed live" for <paramref name="what"/> when every area was read completely, or "not checked
    /// live" naming the areas that were not and why.
    /// </summary>
    /// <param name="result">The rule's finding.</param>
    /// <param name="what">What the rule looked at in the read, neutral whether or not it found a problem, e.g. "who holds an administrator role".</param>
    /// <param name="areas">The areas the rule's tenant part rests on.</param>
    public void Conclude(FindingBuilder result, string what, params ObservedArea[] areas)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (areas.Length > 0 && Read(areas[0]))
        {
            result.Source(new EvidenceSource(EvidenceOrigin.ObservedLive, $"the live read of {When}", Snapshot.ReadAt));
        }

        var missing = areas.Select(Snapshot.Area).Where(a => !a.IsComplete).ToList();
        if (missing.Count == 0)
        {
            result.Evidence($"Observed live on {When}: {what}.");
            return;
        }

        var why = missing.Select(a => $"{AreaWords.Of(a.Area)} ({(a.State == ReadState.Partial ? "partly read" : "not read")}{(a.MissingPermission is { } permission ? $", needs {permission}" : string.Empty)})");
        result.TenantNotRead($"Not checked live: {what}; the live read of {When} could not read {Wording.List(why)} completely.");
    }
}
