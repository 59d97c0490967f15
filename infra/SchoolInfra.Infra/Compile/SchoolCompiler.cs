using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Build;
using SchoolInfra.Infra.Emit;

namespace SchoolInfra.Infra.Compile;

/// <summary>Load → validate → build → emit for one school. Nothing downstream runs on a config with errors.</summary>
public static class SchoolCompiler
{
    public static CompileResult Compile(ConfigSource source, LocalDate today, SchoolFiles files, DiagnosticBag? diagnostics = null, ValidationScope scope = ValidationScope.Full)
    {
        diagnostics ??= new DiagnosticBag();
        var validated = SchoolConfigValidator.Validate(source, today, files, diagnostics, scope);
        if (validated.HasErrors || validated.Config is null)
        {
            return new CompileResult(validated, null, null, diagnostics.ToSortedArray());
        }

        var state = DesiredStateBuilder.Build(source.StackName, validated.Config, today, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new CompileResult(validated, state, null, diagnostics.ToSortedArray());
        }

        var template = PulumiYamlEmitter.Emit(state, Describe(source.StackName, validated.Config.School.Name));
        return new CompileResult(validated, state, template, diagnostics.ToSortedArray());
    }

    private static string Describe(string stack, string school) => $"SchoolInfra desired state for {school} (stack {stack}). Generated: edit the stack file, not this template.";
}
