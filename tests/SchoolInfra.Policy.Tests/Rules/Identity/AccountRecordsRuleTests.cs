using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Identity;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Identity;

public sealed class AccountRecordsRuleTests
{
    [Fact]
    public void Evaluate_ExampleAccessReview_IsMet() => Expect.Met(Oakfield.Evaluate(new AccountRecordsRule()),
        "Password resets recorded on 2026-10-14: 23 by users themselves, 6 by the IT provider.");

    [Fact]
    public void Evaluate_ResetsNotRecorded_IsPartial() => Expect.Partial(Oakfield.Evaluate(new AccountRecordsRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: access-review\ndate: 2026-10-14\nby: secondResponsiblePerson\ngroupMemberCounts: { teaching: 14, support: 9, office: 3, slt: 4, dsl: 3, itAdmins: 2, governors: 11 }\n"))),
        "does not record the term's password resets.");

    [Fact]
    public void Evaluate_GovernorsNotCounted_IsPartial() => Expect.Partial(Oakfield.Evaluate(new AccountRecordsRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: access-review\ndate: 2026-10-14\nby: secondResponsiblePerson\ngroupMemberCounts: { teaching: 14, support: 9, office: 3, slt: 4, dsl: 3, itAdmins: 2 }\npasswordResets: { selfService: 1, byIt: 0 }\n"))),
        "does not count the accounts of governors.");

    [Fact]
    public void Evaluate_NoAccessReview_IsNoEvidence() =>
        Expect.NoEvidence(Oakfield.Evaluate(new AccountRecordsRule(), records: Oakfield.Without(RecordKind.AccessReview)), "No access review records");
}
