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
        builder.NoEvidence(Line20, "No attestation.", "Record it.", SchoolRole.FmSltLead);
        builder.NotMet(Line30, "Not an IWF member.", "Change provider.", SchoolRole.Headteacher);
        var finding = builder.Build("Met.");
        Assert.Equal(FindingStatus.NotMet, finding.Status);
        Assert.Equal(Line30, finding.Location);
        Assert.Equal("Change provider.", finding.Action);
        Assert.Equal(SchoolRole.Headteacher, finding.ActionBy);
        Assert.Equal("Not an IWF member. (1 more problem in the evidence)", finding.Summary);
    }

    [Fact]
    public void Build_PartialAndNoEvidence_PartialWins()
    {
        var builder = new FindingBuilder("BAK-06", Section);
        builder.NoEvidence(Line20, "No record.", "Record it.", SchoolRole.ItProvider);
        builder.Partial(Line30, "Half done.", "Finish it.", SchoolRole.ItProvider);
        Assert.Equal(FindingStatus.Partial, builder.Build("Met.").Status);
    }

    [Fact]
    public void Build_ProblemWithUnknownSpan_PointsAtTheSection()
    {
        var builder = new FindingBuilder("DEV-01", SourceSpan.None);
        builder.About(Section);
        builder.NotMet(SourceSpan.None, "Default value is wrong.", "Set it.", SchoolRole.ItProvider);
        Assert.Equal(Section, builder.Build("Met.").Location);
    }

    [Fact]
    public void Build_AsAlsoLines_SummaryIsTheWorstAndTheOthersFollowTheEvidence()
    {
        var builder = new FindingBuilder("IAM-05", Section, FurtherProblems.AsAlsoLines);
        builder.Evidence("Two accounts.");
        builder.Partial(Line20, "Half done.", "Finish it.", SchoolRole.ItProvider);
        builder.NotMet(Line30, "No alert.", "Add the alert.", SchoolRole.ItProvider);
        var finding = builder.Build("Met.");
        Assert.Equal("No alert.", finding.Summary);
        Assert.Equal(["Two accounts.", "Also: Half done."], finding.Evidence.ToArray());
    }

    [Fact]
    public void Build_TenantNotObserved_StaysMetAndListsTheTenantAsUnchecked()
    {
        var builder = new FindingBuilder("IAM-01", Section, FurtherProblems.AsAlsoLines);
        builder.TenantNotObserved("group membership");
        var finding = builder.Build("Met.");
        Assert.Equal(FindingStatus.Met, finding.Status);
        Assert.Equal(EvidenceKind.Tenant, Assert.Single(finding.Unchecked));
    }
}
