using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-13: the filter handles content in other languages, in images and with deliberate misspellings (DfE-FM FM3;
/// UKSIC-AF system features "multilingual support"). Only the provider can say so: its attestation from the last
/// 12 months lists <c>filterFeatures</c> with <c>multilingual</c>, <c>images</c> and <c>misspellings</c>.
/// </summary>
public sealed class MultilingualFilteringRule : IRule
{
    private static readonly (string Feature, string What)[] Features =
    [
        ("multilingual", "content in other languages"),
        ("images", "images"),
        ("misspellings", "deliberate misspellings"),
    ];

    public string Id => "fil-13";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Filtering?.Span ?? context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (GoverningBodyPolicy.CurrentAttestation(context) is not { } attestation)
        {
            return result.NoEvidence("noAttestation", at, "No filtering provider attestation from the last 12 months says whether the filter handles other languages, images and misspellings.",
                "ask the filtering provider to confirm it and record filterFeatures in a provider-attestation record", SchoolRole.FmSltLead).Build(string.Empty);
        }

        result.About(attestation.Source);
        var listed = attestation.Words("filterFeatures").ToHashSet(StringComparer.Ordinal);
        var missing = Features.Where(f => !listed.Contains(f.Feature)).Select(f => f.What).ToList();
        if (missing.Count > 0)
        {
            result.NotMet("featureNotAttested", attestation.SpanOf("filterFeatures"),
                $"The filtering provider does not confirm that its filter catches harmful {Wording.List(missing)}.",
                "ask the provider whether it does; if not, add a filter that does, or record the gap and how it is covered in the annual review", SchoolRole.FmSltLead);
        }

        var confirmed = Features.Where(f => listed.Contains(f.Feature)).Select(f => f.What).ToList();
        if (confirmed.Count > 0)
        {
            result.Evidence($"On {Wording.Date(attestation.Date)} the filtering provider confirmed that its filter catches harmful {Wording.List(confirmed)}.");
        }

        return result.Build("The filtering provider confirms that its filter catches harmful content in other languages, in images and with misspellings.");
    }
}
