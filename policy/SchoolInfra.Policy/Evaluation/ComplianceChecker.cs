using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// The whole of <c>validate</c> for one school: compile (validate and build the desired state), load the
/// catalogue and the records, and evaluate every control. Nothing is evaluated when any input has errors. The
/// approvals (CHG-01, CHG-02) are read beforehand by whoever may talk to GitHub; without them those controls say the
/// approvals were not checked.
/// </summary>
public static class ComplianceChecker
{
    /// <param name="source">The stack file as read.</param>
    /// <param name="files">The schools folder (records, scripts).</param>
    /// <param name="catalogueFiles">The control catalogue.</param>
    /// <param name="today">The date records and waivers are judged against.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="drift">The school's latest drift check, or null when none ran.</param>
    /// <param name="approvals">Who approved each change on GitHub, or null when not read.</param>
    /// <param name="observed">The school's latest tenant read, or null when none was saved.</param>
    public static ComplianceResult Check(ConfigSource source, SchoolFiles files, IEnumerable<CatalogueFile> catalogueFiles, LocalDate today, DiagnosticBag? diagnostics = null, DriftResult? drift = null,
        ApprovalEvidence? approvals = null, TenantSnapshot? observed = null)
    {
        diagnostics ??= new DiagnosticBag();
        var compiled = SchoolCompiler.Compile(source, today, files, diagnostics);
        var rules = RuleRegistry.Discover(diagnostics);
        var catalogue = CatalogueLoader.Load(catalogueFiles, rules, diagnostics);
        var records = RecordLoader.Load(files, source.StackName, today, diagnostics, RecordLoader.EarliestDate(compiled.Validated.Config?.Terms ?? []));
        var config = compiled.Validated.Config;
        if (diagnostics.HasErrors || config is null || compiled.State is null)
        {
            return new ComplianceResult(source.StackName, config?.School.Name ?? source.StackName, today, catalogue, [], [], diagnostics.ToSortedArray());
        }

        var context = new RuleContext(config, compiled.State, records, today) { Drift = drift, Approvals = approvals, Observed = observed };
        var findings = PolicyEvaluator.Evaluate(catalogue, rules, context);
        var schedule = ScheduledRecords.Compute(config, records, today);
        return new ComplianceResult(source.StackName, config.School.Name, today, catalogue, findings, schedule, diagnostics.ToSortedArray())
        {
            Config = config,
            Desired = compiled.State,
            Template = compiled.Template,
            Records = records,
            Drift = drift,
            Observed = observed,
        };
    }
}
