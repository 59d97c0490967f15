using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Passwords;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Passwords;

public sealed class PasswordStorageRuleTests
{
    [Fact]
    public void Evaluate_ExampleAttestation_IsMet() => Expect.Met(Oakfield.Evaluate(new PasswordStorageRule()), "Provider attestation of 2026-09-15.");

    [Fact]
    public void Evaluate_PasswordsEmailedToNewStaff_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new PasswordStorageRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: provider-attestation\ndate: 2026-09-15\nby: itProvider\npasswordsHashed: true\npasswordsNeverDisplayed: false\n"))),
        "does not confirm that passwords are never shown on screen, printed or sent by email.");

    [Fact]
    public void Evaluate_NoAttestation_IsNoEvidence() =>
        Expect.NoEvidence(Oakfield.Evaluate(new PasswordStorageRule(), records: Oakfield.Without(RecordKind.ProviderAttestation)), "No attestation from the last 12 months");
}
