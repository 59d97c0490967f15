using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Logging;

/// <summary>A LOG rule: not met when the school declares no log workspace, otherwise it reads the declaration.</summary>
public abstract class LoggingRule : ControlRule
{
    protected sealed override void Check(RuleContext context, FindingBuilder finding)
    {
        if (context.Config.Logging is not { } logging)
        {
            finding.NotMet(context.Config.Span, "No audit log workspace is declared, so sign-in and change logs are lost after Microsoft's 30 days.",
                "Declare schoolinfra:logging with the school's Log Analytics workspace.", SchoolRole.ItProvider);
            return;
        }

        finding.About(logging.Span);
        Check(context, logging, finding);
    }

    protected abstract void Check(RuleContext context, LoggingConfig logging, FindingBuilder finding);
}
