using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Sites unblocked for some groups for a while (FIL-10, FIL-11): a summary, then one line each.</summary>
public sealed record ExceptionsSection(string Summary, ImmutableArray<ExceptionLine> Lines);
