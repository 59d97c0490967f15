using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Records;

namespace SchoolInfra.Policy.Tests;

/// <summary>
/// The fictional example school, loaded and compiled once for all tests (schools/Pulumi.oakfield-primary.yaml), on a
/// fixed date in its autumn term. Tests vary its config with <c>with</c> expressions and add records in code.
/// </summary>
public static class ExampleSchool
{
    /// <summary>A Monday in the autumn term 2026 (2 September to 18 December).</summary>
    public static readonly LocalDate Today = new(2026, 11, 23);

    private static readonly Lazy<CompileResult> Compiled = new(Compile);

    public static SchoolConfig Config => Compiled.Value.Validated.Config ?? throw new InvalidOperationException("The example school did not load.");

    public static DesiredState Desired => Compiled.Value.State ?? throw new InvalidOperationException("The example school did not build.");

    public static ImmutableArray<Diagnostic> Diagnostics => Compiled.Value.Diagnostics;

    public static RuleContext Context(SchoolConfig? config = null, LocalDate? today = null, params SchoolRecord[] records) =>
        new(config ?? Config, Desired, new RecordSet([.. records]), today ?? Today);

    public static RuleContext Context(params SchoolRecord[] records) => Context(null, null, records);

    private static CompileResult Compile()
    {
        var diagnostics = new DiagnosticBag();
        var source = StackFileReader.Read(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml"), "schools/Pulumi.oakfield-primary.yaml", "oakfield-primary", diagnostics)
            ?? throw new InvalidOperationException("The example school's stack file could not be read.");
        var result = SchoolCompiler.Compile(source, Today, new SchoolFiles(RepoPaths.Of("schools"), "schools"), diagnostics);
        return result.Succeeded ? result : throw new InvalidOperationException("The example school did not compile:\n" + string.Join("\n", result.Diagnostics));
    }
}
