using YamlDotNet.RepresentationModel;

namespace SchoolInfra.Infra.Tests.Conformance;

/// <summary>A resource declared in the template: its type token, its YAML node and the stack-file line it came from.</summary>
internal sealed record TemplateResource(string Token, YamlMappingNode Node, string StackFile);
