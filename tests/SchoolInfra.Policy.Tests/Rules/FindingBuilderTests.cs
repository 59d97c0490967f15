using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Tests.Rules;

public class FindingBuilderTests
{
    private static readonly SourceSpan Section = SourceSpan.At("schools/Pulumi.test.yaml", 10, 3);
    private static readonly SourceSpan Line20 = SourceSpan.At("schools/Pulumi.test.yaml", 20, 5);
    private static readonly SourceSpan Line30 = SourceSpan.At("schools/Pulumi.test.yaml", 30, 5);

    [Fact]
    public void Build_NothingWrong_IsMetAtTheSection()
    {
        var builder = new FindingBuilder("FIL-01", SourceSpan.None);
        builder.About(Section);
        builder.Evidence("All fine.");
        var finding = builder.Build("Everything is filtered.");
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.Equal(Section, finding.Location);
        Assert.Equal("Everything is filtered.", finding.Summary);
    }

    [Fact]
    public void Build_LiveCheckNotRun_StaysMet()
    {
        var builder = new FindingBuilder("LOG-02", Section);
        builder.LiveCheckNotRun("the workspace lock");
        var finding = builder.Build("Logs are kept.");
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.Contains("The live check has not run yet; it will confirm the workspace lock.", finding.Evidence);
    }

    [Fact]
    public void Build_NoEvidenceThenNotMet_NotMetWinsWithItsLocationAndAction()
    {
        var builder = new FindingBuilder("FIL-03", Section);
        builder.NoEvidence("noAttestation", Line20, "No attestation.", "Record it.", SchoolRole.FmSltLead);
        builder.NotMet("notIwfMember", Line30, "Not an IWF member.", "Change provider.", SchoolRole.Headteacher);
        var finding = builder.Build("Met.");
        Assert.Equal(FindingStatus.NotMet, finding.Status);
        Assert.Equal(Line30, finding.Location);
        Assert.Equal("Change provider.", finding.Action);
        Assert.Equal(SchoolRole.Headteacher, finding.ActionBy);
        Assert.Equal("Not an IWF member.", finding.Summary);
        Assert.Equal(["notIwfMember", "noAttestation"], finding.Problems.Select(p => p.Key).ToArray());
    }

    [Fact]
    public void Build_PartialAndNoEvidence_PartialWins()
    {
        var builder = new FindingBuilder("BAK-06", Section);
        builder.NoEvidence("restoreTest", Line20, "No record.", "Record it.", SchoolRole.ItProvider);
        builder.Partial("halfDone", Line30, "Half done.", "Finish it.", SchoolRole.ItProvider);
        Assert.Equal(FindingStatus.Partial, builder.Build("Met.").Status);
    }

    [Fact]
    public void Build_ProblemWithUnknownSpan_PointsAtTheSection()
    {
        var builder = new FindingBuilder("DEV-01", SourceSpan.None);
        builder.About(Section);
        builder.NotMet("wrongDefault", SourceSpan.None, "Default value is wrong.", "Set it.", SchoolRole.ItProvider);
        Assert.Equal(Section, builder.Build("Met.").Location);
    }

    [Fact]
    public void Build_SeveralProblems_MostSeriousFirstAndNeverRepeatedInTheEvidence()
    {
        var builder = new FindingBuilder("IAM-05", Section);
        builder.Evidence("Two accounts.");
        builder.Partial("halfDone", Line20, "Half done.", "Finish it.", SchoolRole.ItProvider);
        builder.NotMet("noAlert", Line30, "No alert.", "Add the alert.", SchoolRole.ItProvider);
        builder.Partial("alsoHalf", Line20, "Also half done.", "Finish it too.", SchoolRole.ItProvider);
        var finding = builder.Build("Met.");
        Assert.Equal("No alert.", finding.Summary);
        Assert.Equal(["Two accounts."], finding.Evidence.ToArray());
        Assert.Equal(["No alert.", "Half done.", "Also half done."], finding.Problems.Select(p => p.Message).ToArray());
        Assert.Equal(["Half done.", "Also half done."], finding.FurtherProblems.Select(p => p.Message).ToArray());
    }

    [Fact]
    public void Build_TenantNotObserved_StaysMetAndListsTheTenantAsUnchecked()
    {
        var builder = new FindingBuilder("IAM-01", Section);
        builder.TenantNotObserved("group membership");
        var finding = builder.Build("Met.");
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.Equal(EvidenceKind.Tenant, Assert.Single(finding.Unchecked));
    }
}
