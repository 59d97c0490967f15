using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// A rule that reads one optional section of the school config (filtering, backups, logging, devices): not met,
/// with the IT provider to act, when the school declares none; otherwise the finding is about that section.
/// </summary>
public abstract class SectionRule<TSection> : ControlRule
    where TSection : ConfigRecord
{
    /// <summary>What the school did not declare, in one sentence.</summary>
    protected abstract string MissingMessage { get; }

    /// <summary>What to declare instead.</summary>
    protected abstract string MissingAction { get; }

    protected sealed override void Check(RuleContext context, FindingBuilder finding)
    {
        if (Section(context.Config) is not { } section)
        {
            finding.NotMet("notDeclared", MissingAt(context.Config), MissingMessage, MissingAction, SchoolRole.ItProvider);
            return;
        }

        finding.About(section.Span);
        Check(context, section, finding);
    }

    /// <summary>The section, or null when the school has not declared it (in a usable form).</summary>
    protected abstract TSection? Section(SchoolConfig config);

    /// <summary>Where a missing section would be added.</summary>
    protected virtual SourceSpan MissingAt(SchoolConfig config) => config.Span;

    protected abstract void Check(RuleContext context, TSection section, FindingBuilder finding);
}
