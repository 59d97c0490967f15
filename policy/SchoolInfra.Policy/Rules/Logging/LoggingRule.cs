using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Logging;

namespace SchoolInfra.Policy.Rules.Logging;

/// <summary>A LOG rule: not met when the school declares no log workspace, otherwise it reads the declaration.</summary>
public abstract class LoggingRule : SectionRule<LoggingConfig>
{
    protected sealed override string MissingMessage => "No audit log workspace is declared, so sign-in and change logs are lost after Microsoft's 30 days.";

    protected sealed override string MissingAction => "Declare schoolinfra:logging with the school's Log Analytics workspace.";

    protected sealed override LoggingConfig? Section(SchoolConfig config) => config.Logging;
}
