using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;

namespace SchoolInfra.Core.Validation;

/// <summary>The product of validation: the config (null when it could not be typed) and every diagnostic, sorted.</summary>
public sealed record ValidatedConfig(string StackName, SchoolConfig? Config, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Config is null || Diagnostics.Any(d => d.IsError);
}
