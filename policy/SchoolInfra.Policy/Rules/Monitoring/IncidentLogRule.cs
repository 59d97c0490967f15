using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Monitoring;

/// <summary>
/// MON-02: incidents are logged, acted on and reported (DfE-CS CS7). An incident-log record each term (an explicit
/// <c>noIncidents: true</c> counts); each incident has when it was found, a category, actions and an outcome; a
/// reportable personal data breach reaches the ICO within 72 hours (3 days by date).
/// </summary>
public sealed class IncidentLogRule : IRule
{
    private static readonly string[] RequiredFields = ["found", "category", "actions", "outcome"];

    public string Id => "mon-02";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var result = new FindingBuilder(control.Id, context.Config.Span);
        var due = RecordSchedule.Termly(RecordKind.IncidentLog, context.Records, context.Calendar, context.Today);
        result.Scheduled(due, "incident log", context.Config.Span,
            "keep an incident-log record for the term (write noIncidents: true if there were none)", SchoolRole.SltDigitalLead);
        var incidents = 0;
        foreach (var record in context.Records.OfKind(RecordKind.IncidentLog).Where(r => r.Date >= context.Today.PlusMonths(-12)))
        {
            var entries = record.Entries("incidents");
            if (entries.IsEmpty && record.Flag("noIncidents") != true)
            {
                result.NotMet("logEmpty", record.Source, $"The incident log of {Wording.Date(record.Date)} lists no incidents and does not say there were none.",
                    "list each incident, or write noIncidents: true", SchoolRole.SltDigitalLead);
            }

            foreach (var incident in entries)
            {
                incidents++;
                var missing = RequiredFields.Where(f => incident[f] is null).ToList();
                if (missing.Count > 0)
                {
                    result.NotMet("incidentIncomplete", incident.Span, $"An incident in the log of {Wording.Date(record.Date)} has no {Wording.List(missing)}.",
                        "record when it was found, its category, the actions taken and the outcome", SchoolRole.SltDigitalLead);
                }

                if (SchoolRecord.TextIn(incident, "personalDataBreach") == "true" && SchoolRecord.DateIn(incident, "found") is { } found
                    && (SchoolRecord.DateIn(incident, "icoReportedOn") is not { } reported || reported > found.PlusDays(3)))
                {
                    result.NotMet("icoLate", incident.Span, $"A reportable personal data breach found on {Wording.Date(found)} was not reported to the ICO within 72 hours.",
                        "report it to the ICO now and record icoReportedOn", SchoolRole.Dpo);
                }
            }
        }

        result.Evidence($"{Wording.Plural(incidents, "incident is", "incidents are")} logged in the last 12 months.");
        return result.Build("Incidents are logged each term, acted on and reported where they must be.");
    }
}
