using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Rules.Filtering;
using SchoolInfra.Policy.Tests.Support;

namespace SchoolInfra.Policy.Tests.Rules.Filtering;

public sealed class MultilingualFilteringRuleTests
{
    [Fact]
    public void Evaluate_ExampleAttestation_IsMet() => Expect.Met(Oakfield.Evaluate(new MultilingualFilteringRule()),
        "the filtering provider confirmed that its filter catches harmful content in other languages, images and deliberate misspellings.");

    [Fact]
    public void Evaluate_AttestationWithoutImages_IsNotMet() => Expect.NotMet(Oakfield.Evaluate(new MultilingualFilteringRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: provider-attestation\ndate: 2026-09-15\nby: itProvider\nfilterFeatures: [multilingual, misspellings]\n"))),
        "The filtering provider does not confirm that its filter catches harmful images.");

    [Fact]
    public void Evaluate_AttestationOlderThanAYear_IsNoEvidence() => Expect.NoEvidence(Oakfield.Evaluate(new MultilingualFilteringRule(),
            records: Oakfield.Replacing(Oakfield.Record("kind: provider-attestation\ndate: 2025-09-15\nby: itProvider\nfilterFeatures: [multilingual, images, misspellings]\n"))),
        "No filtering provider attestation from the last 12 months");

    [Fact]
    public void Evaluate_NoAttestation_IsNoEvidence() => Expect.NoEvidence(
        Oakfield.Evaluate(new MultilingualFilteringRule(), records: Oakfield.Without(RecordKind.ProviderAttestation)), "No filtering provider attestation");
}
