using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Mfa;

/// <summary>
/// MFA-02: administrator accounts sign in with the built-in phishing-resistant authentication strength (security
/// keys, Windows Hello, certificates) for every app (NCSC-MFA for privileged access; DfE-CS CS4).
/// </summary>
public sealed class PhishingResistantAdminsRule : IRule
{
    public string Id => "mfa-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        var strong = SignInPolicy.From(context.Desired).Where(p => p.Enabled && p.AllApplications && p.IsPhishingResistant).ToList();
        var admins = identity.Groups.Where(g => g.Kind == GroupKind.ItAdmin).ToList();
        foreach (var group in admins.Where(g => !strong.Any(p => p.Covers(g.Key))))
        {
            result.NotMet("adminsNotPhishingResistant", group.Span, $"The administrator group \"{group.Key}\" is not required to use phishing-resistant sign-in.",
                "cover the group with a sign-in rule that requires the phishing-resistant MFA strength", SchoolRole.ItProvider);
        }

        result.Evidence(admins.Count == 0
            ? "No administrator group is declared (IAM-04 reports that)."
            : $"Administrator groups {Wording.Quoted(admins.Select(g => g.Key))} must sign in with a security key, Windows Hello or a certificate.");
        result.TenantNotObserved("the rule is live and administrators have registered phishing-resistant methods");
        return result.Build("Administrators must use phishing-resistant sign-in.");
    }
}
