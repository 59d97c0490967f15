using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-06: personal data leaves only encrypted or through approved secure services (UK GDPR security principle).
/// The record part is a data-protection record, within 12 months, listing the approved transfer routes.
/// </summary>
public sealed class PersonalDataLeavesEncryptedRule : IRule
{
    public string Id => "iam-06";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var result = new FindingBuilder(control.Id, context.Config.Span);
        var due = RecordSchedule.Annual(RecordKind.DataProtection, context.Records, context.Today);
        result.Scheduled(due, "data protection review of secure transfer routes", context.Config.Span,
            "list the approved secure routes for personal data (e.g. DfE secure access, the local authority portal) in a data-protection record", SchoolRole.Dpo);
        if (due.Latest is { } record && record.Words("transferRoutes").IsEmpty)
        {
            result.NotMet("noTransferRoutes", record.SpanOf("transferRoutes"), "The data protection record lists no approved secure transfer routes.",
                "add transferRoutes with each approved route", SchoolRole.Dpo);
        }
        else if (due.Latest is { } latest)
        {
            result.Evidence($"Approved secure routes: {Wording.List(latest.Words("transferRoutes"))}.");
        }

        result.TenantNotObserved("SharePoint and OneDrive sharing allows no anonymous links");
        return result.Build("Personal data leaves the school only through approved secure routes.");
    }
}
