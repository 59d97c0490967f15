using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>
/// Sites unblocked for a while (FIL-10, FIL-11, CHG-03), each with the reason given for it, which is what the approver
/// agrees to; the requester is shown only when it reads as a job title (<see cref="StaffTitleScreen"/>).
/// </summary>
internal static class FilteringExceptionDescriber
{
    private const ChangeArea Area = ChangeArea.Filtering;

    private static readonly string[] Controls = ["FIL-10", "FIL-11", "CHG-03"];

    public static void Describe(FilteringConfig b, FilteringConfig a, GroupNames groups, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Exceptions, a.Exceptions, e => e.Domain);
        foreach (var exception in added)
        {
            // Lifting a site a profile blocks on purpose is more than the everyday exception: the headteacher decides.
            var lifts = exception.OverridesBlock ? " It lifts a site the filter blocks on purpose." : string.Empty;
            changes.Add(Area,
                $"Allows {exception.Domain} for {groups.List(exception.Groups)} until {DisplayDates.Format(exception.ExpiresOn, "no end date")}, requested by {Requester(exception.RequestedBy)}. {Reasons.Given(groups.Reasons, exception.Reason)} {Approval(exception)}{lifts}",
                Controls, exception.OverridesBlock ? [RiskFlag.ExceptionAdded, RiskFlag.FilteringLoosened] : [RiskFlag.ExceptionAdded]);
        }

        foreach (var exception in removed)
        {
            changes.Add(Area, $"Ends the exception that allowed {exception.Domain} for {groups.List(exception.Groups)}.", Controls);
        }

        foreach (var (old, now) in kept)
        {
            var site = $"{now.Domain} ({groups.List(now.Groups)})";
            if (old.ExpiresOn != now.ExpiresOn)
            {
                // Dropping the end date (an exception that never ends) counts as extending it.
                var later = now.ExpiresOn is not { } end || (old.ExpiresOn is { } was && end > was);
                changes.Add(Area, later
                        ? $"Extends the exception for {site} to {DisplayDates.Format(now.ExpiresOn, "no end date")} (was {DisplayDates.Format(old.ExpiresOn, "no end date")})."
                        : $"Ends the exception for {site} sooner, on {DisplayDates.Format(now.ExpiresOn, "no end date")} (was {DisplayDates.Format(old.ExpiresOn, "no end date")}).",
                    Controls, later ? [RiskFlag.ExceptionAdded] : []);
            }

            var (joined, left) = KeyedPairs.Sets(old.Groups, now.Groups);
            if (joined.Count > 0)
            {
                changes.Add(Area, $"Widens the exception for {now.Domain} to {groups.List(joined)} too.", Controls, RiskFlag.ExceptionAdded);
            }

            if (left.Count > 0)
            {
                changes.Add(Area, $"Narrows the exception for {now.Domain}: it no longer covers {groups.List(left)}.", Controls);
            }

            if (old.ApprovedBy != now.ApprovedBy || old.ApprovedOn != now.ApprovedOn)
            {
                changes.Add(Area, $"Changes the approval of the exception for {site}. {Approval(now)}", Controls);
            }
        }
    }

    /// <summary>"the Year 6 teacher"; a title the screen withholds reads "a member of staff (title not shown)".</summary>
    public static string Requester(string requestedBy)
    {
        var title = StaffTitleScreen.Screen(requestedBy);
        if (title == StaffTitleScreen.Withheld)
        {
            return title;
        }

        var lower = title.ToLowerInvariant();
        return lower.StartsWith("a ", StringComparison.Ordinal) || lower.StartsWith("an ", StringComparison.Ordinal) || lower.StartsWith("the ", StringComparison.Ordinal)
            ? title
            : "the " + title;
    }

    private static string Approval(FilteringException exception) => exception.ApprovedBy is { } role
        ? $"Approved by {RoleNames.InSentence(role)}{(exception.ApprovedOn is { } on ? " on " + DisplayDates.Format(on) : string.Empty)}."
        : "It has not been approved yet.";
}
