using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Validation;
using SchoolInfra.Evidence.Approvals;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Inputs;

/// <summary>
/// Reads everything the governors' report needs from a SchoolInfra repository: the school checked as
/// <c>validate</c> checks it (settings, desired state, catalogue, records, findings) and this term's commits to the
/// school's files. Problems go to the diagnostics; null means there were errors and no report can be made.
/// </summary>
public static class ReportInputsLoader
{
    public const string SchoolsFolder = "schools";
    public const string ControlsFolder = "policy/controls";

    /// <param name="repositoryRoot">The folder holding Pulumi.yaml, schools/ and policy/controls/.</param>
    /// <param name="stackName">The stack, e.g. <c>oakfield-primary</c>.</param>
    /// <param name="today">The date the report describes.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="drift">The school's latest drift check, or null when none ran.</param>
    /// <param name="approvals">Who approved each change, read from GitHub beforehand; null when not read.</param>
    /// <param name="observed">The school's latest tenant read, or null when none was saved.</param>
    public static ReportInputs? Load(string repositoryRoot, string stackName, LocalDate today, DiagnosticBag diagnostics, DriftResult? drift = null, ApprovalEvidence? approvals = null, TenantSnapshot? observed = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(repositoryRoot);
        var reader = new SafeFileReader(root);
        var stackFile = $"{SchoolsFolder}/Pulumi.{stackName}.yaml";
        var source = StackFileReader.Read(reader, Path.Combine(root, SchoolsFolder, $"Pulumi.{stackName}.yaml"), stackFile, stackName, diagnostics);
        if (source is null)
        {
            return null;
        }

        var catalogueFiles = CatalogueFile.ReadFolder(reader, Path.Combine(root, ControlsFolder), ControlsFolder, diagnostics);
        var files = new SchoolFiles(Path.Combine(root, SchoolsFolder), SchoolsFolder, root);
        var result = ComplianceChecker.Check(source, files, catalogueFiles, today, diagnostics, drift, approvals, observed);
        if (result.HasErrors || result.Config is not { } config || result.Desired is not { } desired)
        {
            return null;
        }

        var term = ReportTerm.Current(config.Terms, today);
        var (changes, historyAvailable) = TermChanges(root, stackName, term?.Start ?? today, today);
        return new ReportInputs(stackName, config, desired, result.Catalogue.Controls, result.Findings, result.Records, result.Schedule,
            changes, today, historyAvailable, drift?.CheckedAt.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date)
        { Approvals = approvals };
    }

    /// <summary>The control catalogue files of a repository, as <c>plan</c> judges both versions of a school by them.</summary>
    public static IReadOnlyList<CatalogueFile> LoadCatalogueFiles(string repositoryRoot, DiagnosticBag diagnostics) =>
        CatalogueFile.ReadFolder(new SafeFileReader(Path.GetFullPath(repositoryRoot)), Path.Combine(repositoryRoot, ControlsFolder), ControlsFolder, diagnostics);

    /// <summary>The control catalogue of a repository, for control titles; empty when it cannot be loaded cleanly.</summary>
    public static ImmutableArray<Control> LoadCatalogue(string repositoryRoot)
    {
        var diagnostics = new DiagnosticBag();
        var files = CatalogueFile.ReadFolder(new SafeFileReader(repositoryRoot), Path.Combine(repositoryRoot, ControlsFolder), ControlsFolder, diagnostics);
        var catalogue = CatalogueLoader.Load(files, RuleRegistry.Discover(diagnostics), diagnostics);
        return diagnostics.HasErrors ? [] : catalogue.Controls;
    }

    /// <summary>A school's history in the repository at <paramref name="repositoryRoot"/>, with paths as its files name them.</summary>
    public static SchoolHistory History(GitChangeLog log, string repositoryRoot, string stackName, LocalDate today)
    {
        // Absolute paths: the repository may hold the SchoolInfra folder anywhere inside it.
        var root = Path.GetFullPath(repositoryRoot);
        return new SchoolHistory(log, stackName, Path.Combine(root, SchoolsFolder, $"Pulumi.{stackName}.yaml"),
            Path.Combine(root, SchoolsFolder, stackName), today, $"{SchoolsFolder}/Pulumi.{stackName}.yaml");
    }

    private static (ImmutableArray<CommittedChange> Changes, bool Available) TermChanges(
        string root, string stackName, LocalDate since, LocalDate until)
    {
        GitChangeLog log;
        try
        {
            log = new GitChangeLog(root);
        }
        catch (ArgumentException)
        {
            return ([], false);
        }

        return (History(log, root, stackName, until).ChangesBetween(since, until), true);
    }
}
