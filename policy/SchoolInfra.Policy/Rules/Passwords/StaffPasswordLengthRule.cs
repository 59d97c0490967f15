using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-01: staff passwords at least <c>staffMinLength</c> (12: NCSC three random words, the CE length route) and
/// enforced by the system. A school may choose 8 to 11 (C2): partial. Entra cloud-only passwords are fixed at a
/// minimum of 8, so 12 can be enforced only where staff accounts come from AD DS or another identity provider,
/// shown by the provider's attestation of the enforced minimum.
/// </summary>
public sealed class StaffPasswordLengthRule : IRule
{
    public string Id => "pwd-01";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var passwords = context.Config.Identity.Passwords;
        var at = passwords.Span.IsKnown ? passwords.Span : context.Config.Identity.Span;
        var result = new FindingBuilder(control.Id, at);
        var required = control.IntParameter("staffMinLength", 12);
        var declared = passwords.StaffMinLength;
        if (declared < 8)
        {
            result.NotMet("below8", at, $"Staff passwords may be {Wording.Number(declared)} characters, below the minimum of 8 any standard accepts.",
                $"set staffMinLength to {Wording.Number(required)}", SchoolRole.ItProvider);
        }
        else if (declared < required)
        {
            result.Partial("schoolMinimum", at, $"The school has chosen a staff password minimum of {Wording.Number(declared)} characters; the catalogue asks for {Wording.Number(required)}.",
                $"set staffMinLength to {Wording.Number(required)} (three random words), or approve a waiver", SchoolRole.Headteacher);
        }

        if (passwords.StaffAccountSource == StaffAccountSource.Cloud)
        {
            result.Partial("cloudOnly", at, $"Staff accounts are cloud-only, where Microsoft enforces a minimum of 8; {Wording.Number(declared)} is policy, backed by MFA (MFA-01) and banned passwords (PWD-02).",
                "enforce the length where staff passwords are set (AD DS fine-grained password policy or the identity provider), or accept this with a waiver", SchoolRole.ItProvider);
        }
        else
        {
            var attestation = context.Records.OfKind(RecordKind.ProviderAttestation).FirstOrDefault(r => r.Date >= context.Today.PlusMonths(-12));
            var enforced = attestation?.Number("staffPasswordMinLength");
            if (attestation is null || enforced is null)
            {
                result.NoEvidence("noAttestation", at, "No provider attestation from the last 12 months states the staff password minimum the directory enforces.",
                    "ask the IT provider to record staffPasswordMinLength in a provider-attestation record", SchoolRole.ItProvider);
            }
            else if (enforced < declared)
            {
                result.NotMet("enforcedBelowPolicy", attestation.SpanOf("staffPasswordMinLength"), $"The directory enforces {Wording.Number(enforced.Value)} characters, less than the {Wording.Number(declared)} declared.",
                    $"set the fine-grained password policy for staff to at least {Wording.Number(declared)} characters", SchoolRole.ItProvider);
            }
            else
            {
                result.Evidence($"The IT provider attested on {Wording.Date(attestation.Date)} that the directory enforces {Wording.Number(enforced.Value)} characters for staff.");
            }
        }

        if (passwords.ExtraComplexity)
        {
            result.Evidence("The school also demands symbols and mixed case, which NCSC advises against (length matters more).");
        }

        result.Evidence($"Declared staff minimum: {Wording.Number(declared)} characters (catalogue: {Wording.Number(required)}).");
        result.TenantNotObserved("no system in scope sets a maximum length below 64");
        return result.Build($"Staff passwords are at least {Wording.Number(declared)} characters and the directory enforces it.");
    }
}
