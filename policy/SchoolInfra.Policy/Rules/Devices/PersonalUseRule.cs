using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-12: the governors' approved policy sets the rules for personal use of school devices (DfE-CS CS2: the AUP
/// sets out acceptable use; DfE-CS CS3). The policy-approval record says <c>personalUse</c>: <c>none</c> or
/// <c>limited</c>, with <c>personalUseRules</c> (one sentence) when limited; this year's training covered them.
/// </summary>
public sealed class PersonalUseRule : IRule
{
    public string Id => "dev-12";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Devices?.Span ?? context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (GoverningBodyPolicy.Current(context) is not { } policy)
        {
            return result.NoEvidence("noApprovedPolicy", at, "No technical security policy approved by the governors in the last 12 months sets the rules for personal use of school devices.",
                "approve the policy and record personalUse (none or limited) in the policy-approval record", SchoolRole.ChairOfGovernors).Build(string.Empty);
        }

        result.About(policy.Source);
        switch (RecordFields.Text(policy, "personalUse"))
        {
            case "none":
                result.Evidence("School devices may not be used for personal things.");
                break;
            case "limited" when RecordFields.Text(policy, "personalUseRules") is { } rules:
                result.Evidence($"Limited personal use is allowed: {rules}");
                break;
            case "limited":
                result.NotMet("rulesMissing", policy.SpanOf("personalUse"), "The approved policy allows some personal use of school devices but does not say what.",
                    "write the rules in one or two sentences under personalUseRules", SchoolRole.SltDigitalLead);
                break;
            default:
                result.NotMet("notDecided", policy.Source, "The approved policy does not say whether school devices may be used for personal things.",
                    "decide and record personalUse: none or limited, with personalUseRules when limited", SchoolRole.SltDigitalLead);
                break;
        }

        if (!GoverningBodyPolicy.TrainedTopics(context).Contains("personalUse"))
        {
            result.Partial("notTrained", at, "This year's training record does not show that staff were told the rules for personal use.",
                "cover personal use in the yearly training and list personalUse under its topics", SchoolRole.SltDigitalLead);
        }

        return result.Build("The governors' policy sets the rules for personal use of school devices, and staff were told them this year.");
    }
}
