using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-06: passwords are stored hashed and never displayed (NCSC password guidance for system owners; UK GDPR
/// security principle). Only the IT provider can say so for every system it runs: its attestation from the last
/// 12 months has <c>passwordsHashed: true</c> and <c>passwordsNeverDisplayed: true</c>.
/// </summary>
public sealed class PasswordStorageRule : IRule
{
    public string Id => "pwd-06";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Identity.Span;
        var result = new FindingBuilder(control.Id, at);
        if (GoverningBodyPolicy.CurrentAttestation(context) is not { } attestation)
        {
            return result.NoEvidence("noAttestation", at, "No attestation from the last 12 months says how passwords are stored and shown.",
                "ask the IT provider to confirm passwordsHashed and passwordsNeverDisplayed in a provider-attestation record", SchoolRole.ItProvider).Build(string.Empty);
        }

        result.About(attestation.Source);
        if (RecordFields.Bool(attestation, "passwordsHashed") != true)
        {
            result.NotMet("notHashed", attestation.SpanOf("passwordsHashed"), "The IT provider does not confirm that every system stores passwords hashed, so they could be read back.",
                "move any system that keeps readable passwords to one that hashes them, then record passwordsHashed: true", SchoolRole.ItProvider);
        }

        if (RecordFields.Bool(attestation, "passwordsNeverDisplayed") != true)
        {
            result.NotMet("displayed", attestation.SpanOf("passwordsNeverDisplayed"), "The IT provider does not confirm that passwords are never shown on screen, printed or sent by email.",
                "stop showing or sending passwords (use one-time set-up links), then record passwordsNeverDisplayed: true", SchoolRole.ItProvider);
        }

        result.Evidence($"Provider attestation of {Wording.Date(attestation.Date)}.");
        return result.Build("The IT provider confirms that passwords are stored hashed and never shown.");
    }
}
