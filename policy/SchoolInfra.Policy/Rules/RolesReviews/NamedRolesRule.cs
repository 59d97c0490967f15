using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// ROL-02: the DSL (and a deputy), the senior leader for digital technology, the IT provider (with a contract in
/// force) and the data protection officer are named (DfE-FM FM1; KCSIE; DfE-DLG), and the provider has attested
/// within 12 months that it carries out the technical measures.
/// </summary>
public sealed class NamedRolesRule : IRule
{
    public string Id => "rol-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var roles = context.Config.Roles;
        var result = new FindingBuilder(control.Id, roles.Span);
        Require(result, roles.Dsl, "designated safeguarding lead", "dsl", roles.Span);
        Require(result, roles.DeputyDsl, "deputy safeguarding lead", "deputyDsl", roles.Span);
        Require(result, roles.SltDigitalLead, "senior leader for digital technology", "sltDigitalLead", roles.Span);
        Require(result, roles.Dpo, "data protection officer", "dpo", roles.Span);
        if (roles.ItProvider is not { } provider)
        {
            result.NotMet("noItProvider", roles.Span, "No IT provider is named.", "name the IT provider under schoolinfra:roles itProvider", SchoolRole.Headteacher);
        }
        else if (provider.ContractEnds is { } ends && ends < context.Today)
        {
            result.NotMet("contractEnded", provider.Span, $"The IT provider's contract ended on {Wording.Date(ends)}.",
                "renew the contract or name the new provider, and update contractEnds", SchoolRole.BusinessManager);
        }
        else
        {
            result.Evidence($"IT provider: {provider.Organisation}{(provider.ContractEnds is { } end ? $", contract to {Wording.Date(end)}" : string.Empty)}.");
        }

        var attestation = context.Records.Latest(RecordKind.ProviderAttestation);
        if (attestation is null)
        {
            result.NoEvidence("noAttestation", roles.ItProvider?.Span ?? roles.Span, "There is no provider attestation that the IT provider carries out the technical measures.",
                "ask the IT provider for a yearly attestation and add it as a provider-attestation record", SchoolRole.SltDigitalLead);
        }
        else if (attestation.Date < context.Today.PlusMonths(-12))
        {
            result.NotMet("attestationOld", attestation.Source, $"The IT provider's last attestation, of {Wording.Date(attestation.Date)}, is more than 12 months old.",
                "ask the IT provider for this year's attestation", SchoolRole.SltDigitalLead);
        }
        else
        {
            result.Evidence($"The IT provider attested on {Wording.Date(attestation.Date)} that it carries out the technical measures.");
        }

        return result.Build("The safeguarding lead, the digital lead, the IT provider and the data protection officer are named.");
    }

    private static void Require(FindingBuilder result, RoleHolder? holder, string role, string key, SourceSpan at)
    {
        if (holder is null)
        {
            result.NotMet("roleMissing", at, $"No {role} is named.", $"name the {role} under schoolinfra:roles {key}", SchoolRole.Headteacher);
        }
    }
}
