using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Validation;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Drift;

/// <summary>
/// The whole of <c>schoolinfra drift</c> for one school: compile its declared state (the explain map), read each
/// control's severity from the catalogue, build the school's ignore rules, then let every drift source compare
/// its input. Null when any input has errors: a drift check that could not read everything says nothing.
/// </summary>
public static class SchoolDriftCheck
{
    public static SchoolDrift? Run(
        ConfigSource source,
        SchoolFiles files,
        IEnumerable<CatalogueFile> catalogueFiles,
        LocalDate today,
        IReadOnlyList<IDriftSource> sources,
        DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var compiled = SchoolCompiler.Compile(source, today, files, diagnostics);
        var catalogue = CatalogueLoader.Load(catalogueFiles, RuleRegistry.Discover(diagnostics), diagnostics);
        if (diagnostics.HasErrors || compiled.Validated.Config is not { } config || compiled.State is not { } desired)
        {
            return null;
        }

        var rules = IgnoreRules(config, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var severity = catalogue.Controls.ToImmutableDictionary(c => c.Id, c => Severity(c.Severity), StringComparer.OrdinalIgnoreCase);
        var context = new DriftContext(source.StackName, desired, rules, severity, $"{config.School.ShortName} - ");
        var result = DriftChecker.Check(context, sources, diagnostics);
        return result is null ? null : new SchoolDrift(config, result);
    }

    /// <summary>The built-in ignore rules, minus those the school watches, plus its own (<c>schoolinfra:drift</c>).</summary>
    public static DriftIgnoreRules IgnoreRules(SchoolConfig config, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (config.Drift is not { } settings)
        {
            return DriftIgnoreRules.Default;
        }

        var names = DriftIgnoreRules.BuiltIn.Select(r => r.Name).ToList();
        foreach (var watched in settings.Watch.Where(w => !names.Contains(w, StringComparer.Ordinal)))
        {
            diagnostics.Add(DriftDiagnostics.UnknownIgnoreRule(settings.Span, watched, TextDistance.Closest(watched, names)));
        }

        return DriftIgnoreRules.ForSchool(
            settings.Watch,
            settings.Ignore.Select(i => new DriftIgnoreRule(i.Name, i.Reason, i.Types, i.Path, i.OnlyAdded)));
    }

    private static DriftSeverity Severity(ControlSeverity severity) => severity switch
    {
        ControlSeverity.High => DriftSeverity.High,
        ControlSeverity.Medium => DriftSeverity.Medium,
        _ => DriftSeverity.Low,
    };
}
