using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.Guests;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules;

public sealed class GuestRulesTests
{
    [Fact]
    public void Evaluate_SupplyAccountWithinItsTerm_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new TemporaryAccessEndsRule()));

    [Fact]
    public void Evaluate_EndedAccountStillDeclared_IsNotMet()
    {
        var finding = Oakfield.Evaluate(new TemporaryAccessEndsRule(), today: new NodaTime.LocalDate(2027, 1, 11));
        FindingAssert.Is(FindingStatus.NotMet, finding);
        Assert.Contains("ended on 2026-12-18", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TraineePastAugust_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new TemporaryAccessEndsRule(),
        Oakfield.WithIdentity(i => i with
        {
            TemporaryAccounts = [i.TemporaryAccounts[0] with { Key = "traineeYear2", Type = GuestType.Trainee, From = new(2026, 11, 2), Until = new(2027, 9, 20) }],
        })));

    [Fact]
    public void Evaluate_GuestsUseMfaAndAcceptedTheAup_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new GuestsAcceptRulesRule()));

    [Fact]
    public void Evaluate_GuestWithoutAupAcceptance_IsNotMet() =>
        FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new GuestsAcceptRulesRule(), records: Oakfield.Without(RecordKind.AupAcceptance)));

    [Fact]
    public void Evaluate_AupAcceptedAfterAccessBegan_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new GuestsAcceptRulesRule(),
        records: Oakfield.Replacing(Oakfield.Record("kind: aup-acceptance\ndate: 2026-11-09\nby: businessManager\naccount: supplyYear3Autumn\n"))));

    [Fact]
    public void Evaluate_GuestsReachOnlyCurriculum_IsMet() => FindingAssert.Is(FindingStatus.Met, Oakfield.Evaluate(new GuestsReachOnlyWhatTheyNeedRule()));

    [Fact]
    public void Evaluate_GuestGroupGivenTheStaffShare_IsNotMet() => FindingAssert.Is(FindingStatus.NotMet, Oakfield.Evaluate(new GuestsReachOnlyWhatTheyNeedRule(),
        Oakfield.WithGroup("guests", g => g with { Access = [.. g.Access, new AccessGrant { Area = "staffShare" }] })));
}
