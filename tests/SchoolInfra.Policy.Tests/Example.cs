using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Tests;

/// <summary>
/// The fictional example school (<see cref="ExampleSchool"/>), compiled once for all policy tests on its fixed date in
/// the autumn term, as rule contexts. Tests vary its config with <c>with</c> expressions and add records in code.
/// </summary>
public static class Example
{
    private static readonly Lazy<CompileResult> Compiled = new(Compile);

    /// <summary>23 November 2026, in the autumn term (2 September to 18 December).</summary>
    public static LocalDate Today => ExampleSchool.Today;

    public static SchoolConfig Config => Compiled.Value.Validated.Config ?? throw new InvalidOperationException("The example school did not load.");

    public static DesiredState Desired => Compiled.Value.State ?? throw new InvalidOperationException("The example school did not build.");

    public static ImmutableArray<Diagnostic> Diagnostics => Compiled.Value.Diagnostics;

    public static RuleContext Context(SchoolConfig? config = null, LocalDate? today = null, params SchoolRecord[] records) =>
        new(config ?? Config, Desired, new RecordSet([.. records]), today ?? Today);

    public static RuleContext Context(params SchoolRecord[] records) => Context(null, null, records);

    private static CompileResult Compile()
    {
        var result = SchoolCompiler.Compile(ExampleSchool.Source(), ExampleSchool.Today, ExampleSchool.Files);
        return result.Succeeded ? result : throw new InvalidOperationException("The example school did not compile:\n" + string.Join("\n", result.Diagnostics));
    }
}
