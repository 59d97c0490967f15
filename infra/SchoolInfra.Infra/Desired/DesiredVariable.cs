using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Infra.Desired;

/// <summary>A template variable, e.g. an <c>fn::invoke</c> that looks up an existing account's object id.</summary>
public sealed record DesiredVariable(string Name, PulumiValue Value, SourceSpan Source);
