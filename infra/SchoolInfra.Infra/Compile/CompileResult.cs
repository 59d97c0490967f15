using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Compile;

/// <summary>The product of compiling one school: validated config, desired state and template (null on errors).</summary>
public sealed record CompileResult(ValidatedConfig Validated, DesiredState? State, string? Template, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Template is not null;
}
