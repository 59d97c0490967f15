using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Drift;

/// <summary>SI40xx: saved drift results and the school's drift settings.</summary>
public static class DriftDiagnostics
{
    public static Diagnostic NotADriftResult(SourceSpan at) => new(
        "SI4017", Severity.Error, at, "The file is not a drift result written by schoolinfra drift --format json.",
        "pass the file that schoolinfra drift --format json (or --save) wrote.");

    public static Diagnostic UnknownResultVersion(SourceSpan at, string version) => new(
        "SI4018", Severity.Error, at, $"The drift result has format version {version}; this SchoolInfra reads version 1.",
        "run schoolinfra drift again with this version to write a new result.");

    public static Diagnostic ResultForOtherStack(SourceSpan at, string found, string expected) => new(
        "SI4019", Severity.Error, at, $"The drift result is for the stack \"{found}\", not \"{expected}\".",
        "pass the drift result of this school, or name the right school with --stack.");

    public static Diagnostic BadResultValue(SourceSpan at, string field, string expected) => new(
        "SI4020", Severity.Error, at, $"\"{field}\" in the drift result is not {expected}.",
        "write the result again with schoolinfra drift; do not edit it by hand.");

    public static Diagnostic UnknownIgnoreRule(SourceSpan at, string name, string? suggestion) => new(
        "SI4021", Severity.Error, at, $"\"{name}\" is not one of SchoolInfra's drift ignore rules.",
        suggestion is null ? "list the built-in rule names with schoolinfra drift --help." : $"did you mean \"{suggestion}\"?");
}
