using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>Collects the failures of one resource, variable or output, with what every failure of it must name.</summary>
internal sealed class FailureSink(string resource, string stackFile, PackageFacts? package)
{
    public string Resource { get; } = resource;

    public string StackFile { get; } = stackFile;

    public PackageFacts? Package { get; } = package;

    public List<ConformanceFailure> Failures { get; } = [];

    /// <summary>A sink for trying one union alternative: same context, its own list.</summary>
    public FailureSink Trial() => new(Resource, StackFile, Package);

    public void Add(YamlNode at, string path, string problem, string providerSource) =>
        Failures.Add(new ConformanceFailure(Resource, path, problem, StackFile, (int)at.Start.Line, providerSource));

    /// <summary>Cites a provider source location of this sink's package.</summary>
    public string Cite(string where) => Package is null ? where : Package.Cite(where);
}
