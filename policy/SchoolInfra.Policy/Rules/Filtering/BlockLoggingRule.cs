using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-12: every profile is logged with the user or device by one of its backends, high-risk alerts reach the DSL,
/// and the latest termly check holds a sample log line showing the device (or IP address), the user, the time and
/// what was blocked (DfE-FM FM3, UKSIC-AF identification and reports).
/// </summary>
/// <remarks>
/// Records read: the latest <c>fm-check</c>, section <c>logSample</c> with fields <c>device</c> (or <c>ip</c>),
/// <c>user</c>, <c>time</c> and <c>blocked</c>. Only whether each is present is read; the values are never shown.
/// </remarks>
public sealed class BlockLoggingRule : FilteringRule
{
    public override string Id => "fil-12";

    protected override string MetSummary => "The filter logs who tried to reach blocked sites, and worrying attempts reach the safeguarding lead.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        foreach (var profile in view.Profiles)
        {
            if (view.Enforces(profile, FilterFeature.UserIdentification))
            {
                finding.Evidence($"Blocked requests under the profile \"{profile.Key}\" are logged with the user or device.");
            }
            else
            {
                finding.NotMet("noBlockLogging", profile.Span, $"No backend of the profile \"{profile.Key}\" logs blocked requests with the user or device.",
                    "Turn on traffic logging in Global Secure Access, or use a provider that identifies users (userIdentification).", SchoolRole.ItProvider);
            }
        }

        if (context.Config.Monitoring is not { } monitoring)
        {
            finding.NotMet("noMonitoring", context.Config.Span, "No monitoring is declared, so alerts about blocked content have no route to the safeguarding lead.",
                "Declare schoolinfra:monitoring with highRiskAlertsTo including dsl.", SchoolRole.FmSltLead);
        }
        else if (!monitoring.HighRiskAlertsTo.Contains(SchoolRole.Dsl))
        {
            finding.NotMet("alertsMissDsl", monitoring.Span, "High-risk alerts do not go to the designated safeguarding lead.",
                "Add dsl to monitoring highRiskAlertsTo.", SchoolRole.FmSltLead);
        }
        else
        {
            finding.Evidence("High-risk alerts go to the designated safeguarding lead.");
        }

        CheckLogSample(context, view, finding);
    }

    private static void CheckLogSample(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var check = context.Records.Latest(RecordKind.FmCheck);
        if (check is null)
        {
            finding.NoEvidence("noCheck", view.Filtering.Span, "No termly filtering check holds a sample log line.",
                "In the next termly check, copy one blocked-request log line into the fm-check record as logSample, with the user shown only as an account reference.",
                SchoolRole.ItProvider);
            return;
        }

        if (RecordFields.Section(check, "logSample") is not { } sample)
        {
            finding.NotMet("noLogSample", check.Source, $"The latest filtering check ({check.Date:yyyy-MM-dd}) has no sample log line.",
                "Add logSample to the check: the device or IP address, the user, the time and what was blocked.", SchoolRole.ItProvider);
            return;
        }

        var missing = new List<string>();
        if (RecordFields.Text(sample, "device") is null && RecordFields.Text(sample, "ip") is null)
        {
            missing.Add("the device or IP address");
        }

        foreach (var (field, what) in new[] { ("user", "the user"), ("time", "the time"), ("blocked", "what was blocked") })
        {
            if (RecordFields.Text(sample, field) is null)
            {
                missing.Add(what);
            }
        }

        if (missing.Count > 0)
        {
            finding.NotMet("logSampleIncomplete", check.Source, $"The sample log line in the latest filtering check ({check.Date:yyyy-MM-dd}) does not show {string.Join(", ", missing)}.",
                "Change the filter's logging so each blocked request records the device, the user, the time and what was blocked.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"The latest filtering check ({check.Date:yyyy-MM-dd}) holds a sample log line showing the device, the user, the time and what was blocked.");
        }
    }
}
