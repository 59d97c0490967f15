using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Infra.Build;

/// <summary>SI3xxx: building the desired state and emitting the template.</summary>
public static class BuildDiagnostics
{
    public static Diagnostic DuplicateLogicalName(SourceSpan at, string name, SourceSpan first) => new(
        "SI3001", Severity.Error, at, $"Two settings would create the resource \"{name}\" (the other is at line {first.Line}).",
        "rename one of the keys; resource names come from keys and must be unique.");
}
