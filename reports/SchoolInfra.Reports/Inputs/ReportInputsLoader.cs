using System.Collections.Immutable;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Policy.Records;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Model;

namespace SchoolInfra.Reports.Inputs;

/// <summary>
/// Reads everything the governors' report needs from a SchoolInfra repository: the stack file (validated and built
/// as <c>compile</c> does), and this term's commits to the school's files. Problems are added to the diagnostics;
/// null means the settings have errors and no report can be made.
/// </summary>
public static class ReportInputsLoader
{
    public const string SchoolsFolder = "schools";

    /// <param name="repositoryRoot">The folder holding Pulumi.yaml and schools/.</param>
    /// <param name="stackName">The stack, e.g. <c>oakfield-primary</c>.</param>
    /// <param name="today">The date the report describes.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static ReportInputs? Load(string repositoryRoot, string stackName, LocalDate today, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stackFile = $"{SchoolsFolder}/Pulumi.{stackName}.yaml";
        var source = StackFileReader.Read(Path.Combine(repositoryRoot, SchoolsFolder, $"Pulumi.{stackName}.yaml"), stackFile, stackName, diagnostics);
        if (source is null)
        {
            return null;
        }

        var compiled = SchoolCompiler.Compile(source, today, new SchoolFiles(Path.Combine(repositoryRoot, SchoolsFolder), SchoolsFolder), diagnostics);
        if (!compiled.Succeeded || compiled.State is null || compiled.Validated.Config is not { } config)
        {
            return null;
        }

        var term = ReportTerm.Current(config.Terms, today);
        var (changes, historyAvailable) = TermChanges(repositoryRoot, stackName, stackFile, term?.Start ?? today, today);

        // The control catalogue, the policy evaluator and the records loader are being built (issue 4); until they
        // are wired in here the report lists no controls and says the checks have not run.
        return new ReportInputs(stackName, config, compiled.State, [], [], RecordSet.Empty, changes, today, historyAvailable);
    }

    private static (ImmutableArray<CommittedChange> Changes, bool Available) TermChanges(
        string repositoryRoot, string stackName, string stackFile, LocalDate since, LocalDate until)
    {
        GitChangeLog log;
        try
        {
            log = new GitChangeLog(repositoryRoot);
        }
        catch (ArgumentException)
        {
            return ([], false);
        }

        // Absolute paths: the repository may hold the SchoolInfra folder anywhere inside it.
        var root = Path.GetFullPath(repositoryRoot);
        var history = new SchoolHistory(log, stackName, Path.Combine(root, SchoolsFolder, $"Pulumi.{stackName}.yaml"),
            Path.Combine(root, SchoolsFolder, stackName), until, stackFile);
        return (history.ChangesBetween(since, until), true);
    }
}
