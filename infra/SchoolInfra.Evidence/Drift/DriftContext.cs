using System.Collections.Immutable;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// What every drift source compares against: the school's declared state (compile's explain map: logical name →
/// type, controls, stack-file lines), the ignore rules in force for the school, and each control's severity from
/// the catalogue (which lives in Policy, above Evidence, so the caller passes it in).
/// </summary>
/// <param name="stack">The school's stack, e.g. <c>oakfield-primary</c>; inputs about another stack are refused.</param>
/// <param name="desired">The declared state built from the stack file.</param>
/// <param name="ignoreRules">The ignore rules in force for this school.</param>
/// <param name="controlSeverity">Control id → severity; a control that is missing counts as medium.</param>
/// <param name="namePrefix">The prefix display names carry (e.g. <c>Oakfield - </c>), left out when naming resources.</param>
public sealed class DriftContext(
    string stack,
    DesiredState desired,
    DriftIgnoreRules ignoreRules,
    ImmutableDictionary<string, DriftSeverity> controlSeverity,
    string namePrefix = "")
{
    private readonly ImmutableDictionary<string, DesiredResource> _byName = desired.Resources
        .GroupBy(r => r.LogicalName, StringComparer.Ordinal)
        .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Stack { get; } = stack;

    public DesiredState Desired { get; } = desired;

    public DriftIgnoreRules IgnoreRules { get; } = ignoreRules;

    public ImmutableDictionary<string, DriftSeverity> ControlSeverity { get; } = controlSeverity;

    public string NamePrefix { get; } = namePrefix;

    /// <summary>The declared resource with this logical name (a URN's name part), if any.</summary>
    public DesiredResource? Declared(string logicalName) => _byName.GetValueOrDefault(logicalName);

    /// <summary>The severity of a drift item on a resource carrying these controls.</summary>
    public DriftSeverity SeverityOf(IEnumerable<string> controls)
    {
        var severities = controls.Select(c => ControlSeverity.TryGetValue(c, out var s) ? s : DriftSeverity.Medium).ToList();
        return severities.Count == 0 ? DriftSeverity.Low : severities.Max();
    }

    /// <summary>The resource as drift names it: joined to the declared state when the logical name is declared.</summary>
    public DriftResource Resource(string address, string type, string logicalName)
    {
        if (Declared(logicalName) is not { } declared)
        {
            return new DriftResource(address, type, null, logicalName.Length > 0 ? logicalName : address, string.Empty, Core.Diagnostics.SourceSpan.None, []);
        }

        return new DriftResource(address, type, declared.LogicalName, DisplayName(declared), declared.Purpose, declared.Source, declared.Controls);
    }

    private string DisplayName(DesiredResource resource)
    {
        // displayName (Entra, Intune) or name (Graph, Jamf), else an Azure resource's own name (vaultName, workspaceName).
        var named = resource.Properties["displayName"] ?? resource.Properties["name"]
            ?? resource.Properties.Entries.FirstOrDefault(e => e.Key.EndsWith("Name", StringComparison.Ordinal) && e.Key != "resourceGroupName" && e.Value is PulumiText).Value;
        var name = named is PulumiText text ? text.Value : resource.LogicalName;
        return NamePrefix.Length > 0 && name.StartsWith(NamePrefix, StringComparison.Ordinal) && name.Length > NamePrefix.Length
            ? name[NamePrefix.Length..]
            : name;
    }
}
