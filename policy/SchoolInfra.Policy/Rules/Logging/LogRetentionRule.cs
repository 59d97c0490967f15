using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Logging;

/// <summary>
/// LOG-02: the workspace keeps logs for at least a year (catalogue default 365 days), so the annual review and any
/// investigation have a year of evidence (DfE-FM FM2, DfE-CS CS1). The delete lock and read access are live checks.
/// </summary>
public sealed class LogRetentionRule : LoggingRule
{
    public const int MinimumDays = 365;

    public override string Id => "log-02";

    protected override string MetSummary => "Logs are kept for at least a year.";

    protected override void Check(RuleContext context, LoggingConfig logging, FindingBuilder finding)
    {
        if (logging.RetentionDays < MinimumDays)
        {
            finding.NotMet("retentionTooShort", logging.Span, $"The workspace keeps logs for {logging.RetentionDays} days; at least {MinimumDays} are needed so the annual review and any investigation have a year of evidence.",
                $"Set logging retentionDays to {MinimumDays} or more.", SchoolRole.ItProvider);
        }
        else
        {
            finding.Evidence($"The workspace \"{logging.WorkspaceName}\" keeps logs for {logging.RetentionDays} days.");
        }

        finding.LiveCheckNotRun("the retention of each table, the workspace's delete lock, and that only IT administrators and people the DSL names can read it");
    }
}
