using System.Collections.Immutable;
using SchoolInfra.Core.Model;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Filtering exceptions (FIL-10, FIL-11) and waivers (CHG-05): who approved them and when they end, expired ones
/// first, each with its reason (governors judge it; a reason that may name a person is withheld by ReasonScreen); the requester shows only as a job title.
/// </summary>
internal static class ExceptionSectionBuilder
{
    public static ExceptionsSection Exceptions(ReportInputs inputs)
    {
        var config = inputs.Config;
        var today = inputs.Today;
        var screen = ReasonScreen.For(config);
        var lines = (config.Filtering?.Exceptions ?? [])
            .OrderBy(e => !e.IsExpired(today))
            .ThenBy(e => e.ExpiresOn)
            .ThenBy(e => e.Domain, StringComparer.Ordinal)
            .Select(e => new ExceptionLine(
                e.Domain,
                screen.Screen(e.Reason),
                EnglishList.Join(e.Groups.Select(g => GroupName(config, g))),
                StaffTitleScreen.Screen(e.RequestedBy),
                e.ApprovedBy is { } by ? Sentences.Capitalise(RoleNames.WithHolder(config.Roles, by)) : "Not approved",
                DisplayDates.Format(e.ApprovedOn, "Not approved"),
                DisplayDates.Format(e.ExpiresOn, "No end date"),
                State(today, e.ExpiresOn),
                e.IsExpired(today),
                e.IsApproved()))
            .ToImmutableArray();
        var expired = lines.Count(l => l.IsExpired);
        var unapproved = lines.Count(l => !l.IsApproved);
        var summary = lines.IsEmpty
            ? "No sites are unblocked as exceptions."
            : $"{EnglishList.Count(lines.Length, "site is", "sites are")} unblocked for some groups for a limited time."
              + (expired > 0 ? $" {EnglishList.Count(expired, "exception has", "exceptions have")} expired and should be removed from the settings. The filter already blocks {(expired == 1 ? "it" : "them")} again." : " None has expired.")
              + (unapproved > 0 ? $" {EnglishList.Count(unapproved, "exception has", "exceptions have")} no recorded approval." : string.Empty);
        return new ExceptionsSection(summary, lines);
    }

    public static WaiversSection Waivers(ReportInputs inputs, PlainKeys keys)
    {
        var today = inputs.Today;
        var screen = ReasonScreen.For(inputs.Config);
        var lines = inputs.Config.Waivers
            .OrderBy(w => w.ExpiresOn >= today)
            .ThenBy(w => w.ExpiresOn)
            .ThenBy(w => w.Control, StringComparer.Ordinal)
            .Select(w => new WaiverLine(
                w.Control,
                ControlTitle(inputs.Catalogue, w.Control),
                Problem(inputs, w, keys),
                screen.Screen(w.Reason),
                Sentences.Capitalise(RoleNames.WithHolder(inputs.Config.Roles, w.ApprovedBy)),
                DisplayDates.Format(w.ApprovedOn),
                DisplayDates.Format(w.ExpiresOn),
                State(today, w.ExpiresOn),
                w.ExpiresOn < today))
            .ToImmutableArray();
        var expired = lines.Count(l => l.IsExpired);
        var summary = lines.IsEmpty
            ? "No controls are waived."
            : $"{EnglishList.Count(lines.Length, "control is", "controls are")} waived for a limited time."
              + (expired > 0 ? $" {EnglishList.Count(expired, "waiver has", "waivers have")} expired, so the control counts again." : string.Empty);
        return new WaiversSection(summary, lines);
    }

    private static string State(NodaTime.LocalDate today, NodaTime.LocalDate? expires) => expires switch
    {
        null => "Not deployed: it has no end date",
        { } end when end < today => $"Expired {DisplayDates.Relative(today, end)}: remove it from the settings",
        { } end => $"Live: ends {DisplayDates.Relative(today, end)}",
    };

    /// <summary>The problem the waiver names, in the words of the finding; the whole control when it names none.</summary>
    private static string Problem(ReportInputs inputs, Core.Model.School.Waiver waiver, PlainKeys keys)
    {
        if (waiver.Problem is not { } key)
        {
            return "The whole control.";
        }

        var finding = inputs.Findings.FirstOrDefault(f => f.ControlId == waiver.Control);
        var problem = finding?.WaivedProblems.Concat(finding.Problems).FirstOrDefault(p => p.Key == key);
        return problem is null ? "A problem that is no longer found." : Sentences.Full(keys.Rewrite(DisplayDates.InText(problem.Message)));
    }

    private static string GroupName(SchoolConfig config, string key) =>
        config.Identity.Groups.FirstOrDefault(g => g.Key == key)?.DisplayName ?? key;

    private static string ControlTitle(ImmutableArray<Control> catalogue, string id) =>
        catalogue.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty;

}
