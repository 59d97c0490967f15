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

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Checks a school as it was at another git revision (the pull request's base), with that revision's stack file and
/// records, today's catalogue and the same evidence (the saved drift check and tenant read, the approvals read from GitHub), so that <see cref="MergeGate"/> compares like with like. The revision's files are
/// exported to a temporary folder and read through the safe reader like any others.
/// </summary>
public static class RevisionChecker
{
    /// <summary>The findings at <paramref name="revision"/>; null when the school cannot be checked there (no stack file, or errors).</summary>
    public static ComplianceResult? CheckAt(GitChangeLog log, string revision, string repositoryRoot, string stack, IEnumerable<CatalogueFile> catalogue, LocalDate today, DriftResult? drift = null,
        ApprovalEvidence? approvals = null, TenantSnapshot? observed = null)
    {
        var temporary = Directory.CreateTempSubdirectory("schoolinfra-base-");
        try
        {
            var schools = Path.Combine(temporary.FullName, "schools");
            if (log.ExportFolder(revision, Path.Combine(repositoryRoot, "schools"), schools) == 0)
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var display = $"schools/Pulumi.{stack}.yaml";
            var source = StackFileReader.Read(new SafeFileReader(temporary.FullName), Path.Combine(schools, $"Pulumi.{stack}.yaml"), display, stack, diagnostics);
            if (source is null)
            {
                return null;
            }

            var result = ComplianceChecker.Check(source, new SchoolFiles(schools, "schools", temporary.FullName), catalogue, today, diagnostics, drift, approvals, observed);
            return result.HasErrors ? null : result;
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }
}
