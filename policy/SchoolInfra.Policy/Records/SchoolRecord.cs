using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Policy.Records;

/// <summary>
/// One dated evidence file: its kind, date, the role that made it, and its other fields as read (each rule reads
/// the fields its control names). Records never hold pupil names; counts only.
/// </summary>
public sealed record SchoolRecord(
    RecordKind Kind,
    LocalDate Date,
    SchoolRole By,
    ImmutableDictionary<string, SourceNode> Fields,
    SourceSpan Source);
