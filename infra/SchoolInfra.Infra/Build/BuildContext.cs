using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build;

/// <summary>What domain builders read (config, today) and where they put what they build.</summary>
public sealed class BuildContext(SchoolConfig config, LocalDate today, DiagnosticBag diagnostics)
{
    private readonly List<DesiredVariable> _variables = [];
    private readonly List<DesiredResource> _resources = [];
    private readonly List<DesiredOutput> _outputs = [];
    private readonly List<DesiredNote> _notes = [];
    private readonly Dictionary<string, SourceSpan> _names = new(StringComparer.Ordinal);

    public SchoolConfig Config { get; } = config;

    /// <summary>Today's date from the injected clock (exceptions and waivers expire against it).</summary>
    public LocalDate Today { get; } = today;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Prefix for display names, e.g. "Oakfield - Staff".</summary>
    public string DisplayName(string name) => $"{Config.School.ShortName} - {name}";

    public void Add(DesiredResource resource)
    {
        if (Claim(resource.LogicalName, resource.Source))
        {
            _resources.Add(resource);
        }
    }

    /// <summary>Adds a resource built from the usual parts.</summary>
    public void Add(string logicalName, string type, PulumiObject properties, SourceSpan source, string purpose,
        ImmutableArray<string> controls, ResourceOptions? options = null) =>
        Add(new DesiredResource(logicalName, type, properties, options ?? ResourceOptions.None, source, controls, purpose));

    public void AddVariable(DesiredVariable variable)
    {
        if (Claim(variable.Name, variable.Source))
        {
            _variables.Add(variable);
        }
    }

    public void AddOutput(DesiredOutput output) => _outputs.Add(output);

    public void AddNote(DesiredNote note) => _notes.Add(note);

    public DesiredState ToState(string stackName) => new(stackName, [.. _variables], [.. _resources], [.. _outputs], [.. _notes]);

    private bool Claim(string name, SourceSpan source)
    {
        if (_names.TryGetValue(name, out var first))
        {
            Diagnostics.Add(BuildDiagnostics.DuplicateLogicalName(source, name, first));
            return false;
        }

        _names[name] = source;
        return true;
    }
}
