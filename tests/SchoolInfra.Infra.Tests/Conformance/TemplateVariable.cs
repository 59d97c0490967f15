using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>A template variable (e.g. an <c>fn::invoke</c>) and the stack-file line it came from.</summary>
internal sealed record TemplateVariable(YamlNode Node, string StackFile);
