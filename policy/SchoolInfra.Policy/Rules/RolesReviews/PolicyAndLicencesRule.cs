using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-06: governors approve the technical security policy every year (KCSIE), and each term licences are
/// reconciled and the asset register, with operating-system end-of-support dates, is updated (DfE-CS CS5; DfE-DLG).
/// </summary>
public sealed class PolicyAndLicencesRule : IRule
{
    public string Id => "rev-06";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        var policy = GoverningBodyPolicy.Approval(context);
        result.Scheduled(policy, "governors' approval of the technical security policy", at,
            "bring the policy to the governing body and add a policy-approval record", SchoolRole.ChairOfGovernors);
        var licences = RecordSchedule.Termly(RecordKind.LicenceReconciliation, context.Records, context.Calendar, context.Today);
        result.Scheduled(licences, "licence reconciliation and asset register update", at,
            "reconcile licences with what is installed, update the asset register and add a licence-reconciliation record", SchoolRole.BusinessManager);
        if (licences.Latest is { } reconciliation)
        {
            if (reconciliation.Flag("consumedWithinPrepaid") != true)
            {
                result.NotMet("overLicensed", reconciliation.Source, $"The licence check of {Wording.Date(reconciliation.Date)} shows more licences in use than bought.",
                    "buy the missing licences or remove what is not licensed", SchoolRole.BusinessManager);
            }

            if (reconciliation.Flag("osEndOfSupportRecorded") != true)
            {
                result.Partial("endOfSupportNotRecorded", reconciliation.Source, $"The licence check of {Wording.Date(reconciliation.Date)} does not confirm end-of-support dates are in the asset register.",
                    "add each device's operating-system end-of-support date to the asset register", SchoolRole.ItProvider);
            }
        }

        result.TenantNotObserved("Microsoft licences in use do not exceed those bought");
        return result.Build("Governors approved the policy this year, and licences and the asset register are checked each term.");
    }
}
