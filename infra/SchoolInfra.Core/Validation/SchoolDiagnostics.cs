using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI26xx: the school, its roles, terms and waivers.</summary>
public static class SchoolDiagnostics
{
    public static Diagnostic TermEndsBeforeStart(SourceSpan at, string term) => new(
        "SI2601", Severity.Error, at, $"The term \"{term}\" ends before it starts.",
        "check the start and end dates.");

    public static Diagnostic TermsOverlap(SourceSpan at, string term, string previous) => new(
        "SI2602", Severity.Error, at, $"The term \"{term}\" starts before \"{previous}\" ends.",
        "list the terms in date order without overlaps.");

    public static Diagnostic WaiverDatesReversed(SourceSpan at, string control) => new(
        "SI2603", Severity.Error, at, $"The waiver for {control} expires on or before the day it was approved.",
        "set expiresOn after approvedOn (at most 100 days later).");

    public static Diagnostic NoTerms(SourceSpan at) => new(
        "SI2604", Severity.Error, at, "No terms are declared, so termly checks cannot be scheduled.",
        "list the academic year's three terms under schoolinfra:terms.");
}
