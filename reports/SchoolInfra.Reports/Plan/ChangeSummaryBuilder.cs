using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Policy.Rules.ChangeControl;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Plan;

/// <summary>
/// Builds the headteacher's change summary from two versions of a school's settings and the policy's verdict on each.
/// It leads with what the change does to the controls; says so when a change has no effect at all; lists the errors of
/// invalid new settings; and takes who must approve from the policy's approver rules. Pure.
/// </summary>
public static class ChangeSummaryBuilder
{
    /// <summary>Errors listed one by one before the rest are counted.</summary>
    public const int MostErrorsListed = 20;

    public static ChangeSummary Build(ChangeSummaryInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // SchoolHistory only types the old settings: their own validation problems are not this change's.
        var before = inputs.Before is { HasErrors: false, Config: { } b } ? b : null;
        var after = inputs.After is { HasErrors: false, Config: { } a } ? a : null;
        var school = after?.School.Name ?? before?.School.Name ?? inputs.StackName;
        var roles = before?.Roles ?? after?.Roles;
        var facts = new Facts(inputs, school, roles);

        if (inputs.After is null)
        {
            return facts.Whole("removed", $"This change deletes the settings file of {school}, so SchoolInfra will stop managing it.",
                [], "It removes every setting the school has declared.", "SchoolInfra will no longer check or deploy any of the school's controls.");
        }

        if (after is null)
        {
            var errors = inputs.After.Diagnostics.Where(d => d.IsError).ToList();
            var problems = Errors(errors);
            return facts.Whole("invalid",
                $"The new settings of {school} have {EnglishList.Count(Math.Max(errors.Count, 1), "error")}, so they can be neither deployed nor checked. Do not approve until they are fixed.",
                problems, "Do not approve until the errors are fixed.", "Nothing can be said about the controls until the errors in the new settings are fixed.");
        }

        if (inputs.Before is null)
        {
            return facts.Whole("new-school", $"This change sets up {school} in SchoolInfra for the first time.", [], "It sets every protection for the first time.",
                facts.FirstResults());
        }

        if (before is null)
        {
            var problem = "The old settings could not be read, so the changes cannot be listed one by one. Read the file itself before approving.";
            return facts.Whole("unreadable-before", problem, [problem], "The changes cannot be listed one by one.");
        }

        var changes = ConfigChangeDescriber.Describe(before, after);
        var risks = changes.SelectMany(c => c.Risks).Distinct().Order().ToImmutableArray();
        var deltas = facts.Deltas;
        var approval = ApprovalRule.For(before.Roles, risks, deltas, Requests(before, after), Waivers(before, after, inputs.Catalogue));
        if (changes.IsEmpty && inputs.FileChanged)
        {
            if (facts.NoEffect)
            {
                return facts.Summary("no-effect",
                    $"This change edits the settings file of {school} but changes nothing that is deployed or checked: for example a comment or the layout.",
                    [], [], [], approval);
            }

            var problem = facts.TemplateChanged == true
                ? "The settings file changes what is deployed in ways this summary cannot list one by one (details such as script rules). Read the preview and the changes in the file before approving."
                : "The settings file changes in ways this summary cannot list one by one. Read the changes in the file before approving.";
            return facts.Summary("unlisted-changes", $"This change edits the settings of {school}, but not in a way this summary can describe.",
                [], [], [problem], approval with
                {
                    Approvers = RoleNames.WithHolder(before.Roles, SchoolRole.Headteacher),
                    Roles = ["headteacher"],
                    HeadteacherOnly = true,
                    Reason = "Changes that cannot be described are for the headteacher to judge.",
                });
        }

        var outcome = changes.IsEmpty ? "no-changes" : "changes";
        return facts.Summary(outcome, Headline(school, changes, risks), changes, risks, [], approval);
    }

    /// <summary>Each error of the new settings on one line: where, what, and how to fix it.</summary>
    private static ImmutableArray<string> Errors(List<Diagnostic> errors)
    {
        var lines = errors.Take(MostErrorsListed).Select(d =>
            $"{Where(d.Location)}: {d.Message}{(d.Hint is { Length: > 0 } hint ? $" To fix: {Sentences.Full(hint)}" : string.Empty)}").ToList();
        if (errors.Count > MostErrorsListed)
        {
            lines.Add($"And {EnglishList.Count(errors.Count - MostErrorsListed, "more error")}: run `schoolinfra validate` to see them all.");
        }

        return lines.Count == 0 ? ["The new settings cannot be read. Run `schoolinfra validate` to see why."] : [.. lines];
    }

    private static string Where(SourceSpan at) =>
        at.IsKnown ? $"{at.File}, line {at.Line}" : at.File is { Length: > 0 } file ? file : "The settings";

    /// <summary>FIL-10, CHG-02: the approver roles that asked for an exception this change adds or alters.</summary>
    private static List<(SchoolRole Role, string What)> Requests(SchoolConfig before, SchoolConfig after)
    {
        var old = before.Filtering?.Exceptions.ToDictionary(e => e.Domain, StringComparer.OrdinalIgnoreCase) ?? [];
        var requests = new List<(SchoolRole, string)>();
        foreach (var exception in after.Filtering?.Exceptions ?? [])
        {
            if (old.TryGetValue(exception.Domain, out var was) && Decision(was) == Decision(exception))
            {
                continue;
            }

            requests.AddRange(Approvers.OfChanges(before.Roles)
                .Where(role => Approvers.AskedFor(after, exception.RequestedBy, role))
                .Select(role => (role, $"the exception for {exception.Domain}")));
        }

        return requests;
    }

    /// <summary>CHG-05: the waivers this change adds or alters, with the severity of the control each waives.</summary>
    private static List<(string Control, ControlSeverity Severity, SchoolRole NamedApprover)> Waivers(SchoolConfig before, SchoolConfig after, ImmutableArray<Control> catalogue) =>
    [
        .. after.Waivers
            .Where(w => !before.Waivers.Select(Decision).Contains(Decision(w)))
            .Select(w => (w.Control, catalogue.FirstOrDefault(c => c.Id == w.Control)?.Severity ?? ControlSeverity.High, w.ApprovedBy)),
    ];

    // What an approver agrees to, without where it sits in the file: a line moved is not a new decision.
    private static (string, string, string, SchoolRole?, NodaTime.LocalDate?, NodaTime.LocalDate?) Decision(Core.Model.Filtering.FilteringException e) =>
        (string.Join(",", e.Groups), e.Reason, e.RequestedBy, e.ApprovedBy, e.ApprovedOn, e.ExpiresOn);

    private static (string, string, SchoolRole, NodaTime.LocalDate, NodaTime.LocalDate) Decision(Waiver w) =>
        (w.Control, w.Reason, w.ApprovedBy, w.ApprovedOn, w.ExpiresOn);

    private static string Headline(string school, ImmutableArray<ConfigChange> changes, ImmutableArray<RiskFlag> risks)
    {
        if (changes.IsEmpty)
        {
            return $"This change does not alter the settings of {school}.";
        }

        var count = $"It makes {EnglishList.Count(changes.Length, "change")} to the settings of {school}.";
        var weakening = changes.Count(c => c.Risks.Any(RiskFlags.NeedsHeadteacher));
        if (weakening > 0)
        {
            return $"{count} {(weakening == 1 ? "One of them weakens" : $"{weakening} of them weaken")} a protection.";
        }

        return risks.IsEmpty
            ? $"{count} None of them weakens a protection."
            : $"{count} It adds or extends a time-limited filtering exception.";
    }

    public static string AreaTitle(ChangeArea area) => area switch
    {
        ChangeArea.School => "The school and its roles",
        ChangeArea.Identity => "Accounts, groups and sign-in",
        ChangeArea.Filtering => "Internet filtering",
        ChangeArea.Backups => "Backups",
        ChangeArea.Logging => "Logs, alerts and monitoring",
        ChangeArea.Devices => "Laptops and iPads",
        ChangeArea.Waivers => "Waivers",
        _ => area.ToString(),
    };

    /// <summary>What both versions' policy results say, and the summary's common parts.</summary>
    private sealed class Facts(ChangeSummaryInputs inputs, string school, SchoolRoles? roles)
    {
        private readonly bool _checked = inputs.BeforeCheck is { HasErrors: false } && inputs.AfterCheck is { HasErrors: false };

        public ImmutableArray<ControlDelta> Deltas { get; } =
            inputs.BeforeCheck is { HasErrors: false } b && inputs.AfterCheck is { HasErrors: false } a && inputs.After?.Config is { } now
                ? ControlDeltas.Between(b.Findings, a.Findings, inputs.Catalogue, ReasonScreen.For(now))
                : [];

        public bool? TemplateChanged { get; } =
            inputs.BeforeCheck?.Template is { } b && inputs.AfterCheck?.Template is { } a ? b != a : null;

        /// <summary>Nothing deployed changes and no control's result changes.</summary>
        public bool NoEffect => _checked && TemplateChanged == false && Deltas.IsEmpty;

        public string ControlEffect()
        {
            if (!_checked)
            {
                return inputs.AfterCheck is { HasErrors: false }
                    ? "What this change does to the controls is not known: the settings before it do not pass today's checks."
                    : "What this change does to the controls is not known.";
            }

            var worse = Deltas.Where(d => d.Direction == "worse").ToList();
            var better = Deltas.Where(d => d.Direction == "better").ToList();
            var other = Deltas.Where(d => d.Direction == "changed").ToList();
            var parts = new List<string>();
            if (worse.Count > 0)
            {
                parts.Add($"This change makes {EnglishList.Count(worse.Count, "control")} worse: {Joined(worse)}");
            }

            if (better.Count > 0)
            {
                parts.Add($"{(worse.Count > 0 ? "It makes" : "This change makes")} {EnglishList.Count(better.Count, "control")} better: {Joined(better)}");
            }

            if (other.Count > 0)
            {
                parts.Add($"{(parts.Count > 0 ? "It changes" : "This change changes")} why {EnglishList.Count(other.Count, "control")} {(other.Count == 1 ? "is" : "are")} not fully met: {Joined(other)}");
            }

            return parts.Count > 0 ? string.Join(" ", parts) : "This change does not change the result of any control.";
        }

        /// <summary>For a new school: how its controls stand with the first settings.</summary>
        public string FirstResults() => inputs.AfterCheck is { HasErrors: false } a
            ? $"With these settings {EnglishList.Count(a.Count(FindingStatus.Met), "control is", "controls are")} met and {EnglishList.Count(a.Count(FindingStatus.NotMet) + a.Count(FindingStatus.Partial), "control is", "controls are")} not met or only partly met."
            : "What these settings do to the controls is not known.";

        public ChangeSummary Whole(string outcome, string headline, ImmutableArray<string> problems, string headteacherOnlyBecause, string? controlEffect = null)
        {
            // Whole-file changes (a new school, a deleted file, settings that cannot be read) are for the headteacher.
            var approval = new ApprovalNeeded(roles is null ? "the headteacher" : RoleNames.WithHolder(roles, SchoolRole.Headteacher), ["headteacher"], true,
                headteacherOnlyBecause, [], ApprovalRule.HowToRecord);
            return Make(outcome, controlEffect ?? ControlEffect(), headline, [], [], problems, approval);
        }

        public ChangeSummary Summary(string outcome, string headline, ImmutableArray<ConfigChange> changes, ImmutableArray<RiskFlag> risks,
            ImmutableArray<string> problems, ApprovalNeeded approval) =>
            Make(outcome, ControlEffect(), headline, changes, risks, problems, approval);

        private ChangeSummary Make(string outcome, string controlEffect, string headline, ImmutableArray<ConfigChange> changes,
            ImmutableArray<RiskFlag> risks, ImmutableArray<string> problems, ApprovalNeeded approval)
        {
            var sections = changes.GroupBy(c => c.Area)
                .Select(g => new ChangeSection(AreaTitle(g.Key), [.. g.Select(c => new ChangeLine(c.Text, c.Controls, [.. c.Risks.Select(RiskFlags.Label)]))]))
                .ToImmutableArray();
            var riskLines = risks
                .Select(r => new RiskLine(RiskFlags.Label(r), RiskFlags.NeedsHeadteacher(r), [.. changes.Where(c => c.Risks.Contains(r)).Select(c => c.Text)]))
                .ToImmutableArray();
            var controls = changes.SelectMany(c => c.Controls).Concat(Deltas.Select(d => d.Id)).Distinct().Order(StringComparer.Ordinal)
                .Select(id => new ControlTouched(id, inputs.Catalogue.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty))
                .ToImmutableArray();
            return new ChangeSummary(school, inputs.StackName, inputs.StackFile, inputs.FromRevision, inputs.FromCommit,
                inputs.ToRevision, inputs.ToCommit, outcome, controlEffect, headline, Deltas, sections, riskLines, controls, approval, problems);
        }

        private static string Joined(IEnumerable<ControlDelta> deltas) =>
            string.Join(" ", deltas.Select(d => d.Sentence));
    }
}
