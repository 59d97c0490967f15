namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>The names a template's <c>${...}</c> references may use: its resources, its variables and the stack's config.</summary>
internal sealed class TemplateSymbols
{
    public Dictionary<string, TemplateResource> Resources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TemplateVariable> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Config keys of the project's namespace, without the <c>schoolinfra:</c> prefix.</summary>
    public HashSet<string> Config { get; } = new(StringComparer.Ordinal);

    /// <summary>The Pulumi program directory (where Pulumi.yaml is): <c>fn::readFile</c> paths are relative to it.</summary>
    public string ProgramDirectory { get; init; } = string.Empty;
}
