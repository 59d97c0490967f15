using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests;

/// <summary>
/// The fictional example school on its fixed date in the autumn term, as rule contexts with no records (compiled
/// once, by <see cref="Oakfield"/>). Tests vary its config with <c>with</c> expressions and add records in code.
/// </summary>
public static class Example
{
    /// <summary>23 November 2026, in the autumn term (2 September to 18 December).</summary>
    public static LocalDate Today => Oakfield.Today;

    public static SchoolConfig Config => Oakfield.Config;

    public static DesiredState Desired => Oakfield.Desired;

    public static ImmutableArray<Diagnostic> Diagnostics => Oakfield.Diagnostics;

    public static RuleContext Context(SchoolConfig? config = null, LocalDate? today = null, params SchoolRecord[] records) =>
        new(config ?? Config, Desired, new RecordSet([.. records]), today ?? Today);

    public static RuleContext Context(params SchoolRecord[] records) => Context(null, null, records);
}
