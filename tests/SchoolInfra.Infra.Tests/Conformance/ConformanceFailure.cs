namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>
/// One thing the pinned providers (or Pulumi YAML's type checker) would reject: which resource and property, what is
/// wrong, the stack-file line the resource came from, the template line, and the provider source line that says so.
/// </summary>
internal sealed record ConformanceFailure(string Resource, string Path, string Problem, string StackFile, int TemplateLine, string ProviderSource)
{
    public string Format() =>
        $"{Resource}{(Path.Length > 0 ? "." + Path : string.Empty)}: {Problem} " +
        $"[from {(StackFile.Length > 0 ? StackFile : "no stack-file line")}; template line {TemplateLine}; {ProviderSource}]";
}
