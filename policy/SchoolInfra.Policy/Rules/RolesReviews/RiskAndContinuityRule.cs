using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>
/// REV-04: cyber risks are assessed every year and revisited each term (DfE-CS CS1), with cyber entries on the risk
/// register; the continuity plan is tested every year (DfE-DLG), with a check that server and network cabinets
/// are secured and an offline copy of the plan.
/// </summary>
public sealed class RiskAndContinuityRule : IRule
{
    public string Id => "rev-04";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var at = context.Config.Span;
        var result = new FindingBuilder(control.Id, at);
        if (result.ScheduledAnnual(RecordKind.RiskAssessment, context, "cyber risk assessment", at, "assess cyber risks and add a risk-assessment record", SchoolRole.SltDigitalLead) is { } assessment)
        {
            if (assessment.Flag("cyberOnRiskRegister") != true)
            {
                result.Partial("notOnRiskRegister", assessment.Source, "The risk assessment does not confirm cyber risks are on the school risk register.",
                    "add the cyber risks to the risk register and record cyberOnRiskRegister: true", SchoolRole.SltDigitalLead);
            }

            var term = context.Calendar.CurrentTerm(context.Today);
            var revisits = assessment.Words("revisits").Select(SchoolRecord.ParseDate).OfType<NodaTime.LocalDate>().Append(assessment.Date);
            if (term is not null && !revisits.Any(d => term.Start <= d && d <= context.Today) && context.Today > term.End)
            {
                result.Partial("notRevisited", assessment.SpanOf("revisits"), $"The cyber risk assessment was not revisited in {term.Name}.",
                    "revisit the risk assessment each term and add the date under revisits", SchoolRole.SltDigitalLead);
            }
        }

        if (result.ScheduledAnnual(RecordKind.ContinuityTest, context, "continuity plan test", at, "test the recovery plan (a tabletop or restore exercise) and add a continuity-test record", SchoolRole.SltDigitalLead) is { } test)
        {
            if (test.Flag("cabinetsSecured") != true)
            {
                result.Partial("cabinetsNotConfirmed", test.Source, $"The continuity test of {Wording.Date(test.Date)} does not confirm that server and network cabinets are secured.",
                    "check the cabinets are locked and record cabinetsSecured: true", SchoolRole.ItProvider);
            }

            if (test.Flag("offlinePlanCopy") != true)
            {
                result.Partial("noOfflinePlan", test.Source, $"The continuity test of {Wording.Date(test.Date)} does not confirm an offline copy of the plan.",
                    "keep a printed copy of the plan and record offlinePlanCopy: true", SchoolRole.SltDigitalLead);
            }
        }

        return result.Build("Cyber risks are assessed each year and the recovery plan is tested.");
    }
}
