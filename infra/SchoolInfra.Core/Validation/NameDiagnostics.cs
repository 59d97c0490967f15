using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI2801: names people tell things apart by (issue 13's hygiene range SI2801-SI2999).</summary>
public static class NameDiagnostics
{
    public static Diagnostic DisplayNameClash(SourceSpan at, string name, string first, SourceSpan firstAt) => new(
        "SI2801", Severity.Error, at, $"The display name \"{name}\" is the same as \"{first}\" (line {firstAt.Line}) once capitals and look-alike characters are set aside.",
        "give each group a name that differs in its letters, not only in capitals or in look-alike characters.");
}
