using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>The school itself, its named roles, terms, review choices and waivers.</summary>
internal static class SchoolChangeDescriber
{
    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        DescribeSchool(before.School, after.School, changes);
        DescribeRoles(before.Roles, after.Roles, changes);
        DescribeTerms(before, after, changes);
        if (before.Reviews.AccessRights != after.Reviews.AccessRights)
        {
            changes.Add(ChangeArea.School, after.Reviews.AccessRights == ReviewFrequency.Annual
                ? "Reviews access rights once a year instead of each term. The DfE expects a review each term."
                : "Reviews access rights each term instead of once a year.", ["REV-03"]);
        }

        DescribeWaivers(before, after, changes);
    }

    private static void DescribeSchool(SchoolProfile b, SchoolProfile a, ChangeList changes)
    {
        if (b.Name != a.Name)
        {
            changes.Add(ChangeArea.School, $"Renames the school from {b.Name} to {a.Name}.", []);
        }

        if (b.ShortName != a.ShortName)
        {
            changes.Add(ChangeArea.School, $"Changes the short name at the start of every group and policy name from {b.ShortName} to {a.ShortName}.", []);
        }

        if (b.EntraLicence != a.EntraLicence)
        {
            var free = a.EntraLicence == EntraLicence.Free;
            changes.Add(ChangeArea.School, free
                    ? "Moves to the free Microsoft licence, which cannot enforce the sign-in rules that require MFA."
                    : $"Moves to the Microsoft Entra ID {ConfigName(a.EntraLicence)} licence (was {ConfigName(b.EntraLicence)}).",
                ["MFA-01"], free ? [RiskFlag.MfaWeakened] : []);
        }
    }

    private static void DescribeRoles(SchoolRoles b, SchoolRoles a, ChangeList changes)
    {
        foreach (var role in RoleNames.All)
        {
            var was = RoleNames.Holder(b, role);
            var now = RoleNames.Holder(a, role);
            if (was == now)
            {
                continue;
            }

            var approver = role is SchoolRole.Headteacher or SchoolRole.SecondResponsiblePerson;
            var text = (was, now) switch
            {
                (null, { } n) => $"Names {n} as {RoleNames.InSentence(role)}.",
                ({ } w, null) => $"Leaves the role of {RoleNames.InSentence(role)} unfilled (was {w}).",
                _ => $"Makes {now} {RoleNames.InSentence(role)} (was {was}).",
            };
            changes.Add(ChangeArea.School, text, RoleControls(role), approver ? [RiskFlag.ApproversChanged] : []);
        }

        // Approvals on GitHub count for a role through its holder's GitHub user name (CHG-01).
        foreach (var role in RoleNames.All)
        {
            var was = b.HolderOf(role)?.Github;
            var now = a.HolderOf(role)?.Github;
            // A new holder's account comes with them: the line naming the new holder already flags the approver change.
            if (string.Equals(was, now, StringComparison.OrdinalIgnoreCase) || RoleNames.Holder(b, role) != RoleNames.Holder(a, role))
            {
                continue;
            }

            var text = now is null
                ? $"Removes the GitHub account of {RoleNames.InSentence(role)}, so their approvals on GitHub no longer count."
                : $"Makes the GitHub account {now} the one that approves as {RoleNames.InSentence(role)}{(was is null ? string.Empty : $" (was {was})")}.";
            changes.Add(ChangeArea.School, text, ["CHG-01"], role is SchoolRole.Headteacher or SchoolRole.SecondResponsiblePerson or SchoolRole.ChairOfGovernors ? [RiskFlag.ApproversChanged] : []);
        }
    }

    private static string[] RoleControls(SchoolRole role) => role switch
    {
        SchoolRole.Headteacher or SchoolRole.SecondResponsiblePerson => ["ROL-03", "CHG-01"],
        SchoolRole.ResponsibleGovernor or SchoolRole.FmSltLead => ["ROL-01"],
        _ => ["ROL-02"],
    };

    private static void DescribeTerms(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(before.Terms, after.Terms, t => t.Name);
        foreach (var term in added)
        {
            changes.Add(ChangeArea.School, $"Adds the term {term.Name}, {DisplayDates.Range(term.Start, term.End)}.", ["REV-02", "REV-03"]);
        }

        foreach (var term in removed)
        {
            changes.Add(ChangeArea.School, $"Removes the term {term.Name}.", ["REV-02", "REV-03"]);
        }

        foreach (var (_, term) in kept.Where(k => k.Before.Start != k.After.Start || k.Before.End != k.After.End))
        {
            changes.Add(ChangeArea.School, $"Changes the dates of {term.Name} to {DisplayDates.Range(term.Start, term.End)}.", ["REV-02", "REV-03"]);
        }
    }

    private static void DescribeWaivers(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        // The reason is what the approver agreed to: it is shown with the waiver (issue 11).
        var (added, removed, kept) = KeyedPairs.Match(before.Waivers, after.Waivers, w => w.Control);
        foreach (var waiver in added)
        {
            changes.Add(ChangeArea.Waivers,
                $"Waives {waiver.Control} until {DisplayDates.Format(waiver.ExpiresOn)}, approved by {RoleNames.InSentence(waiver.ApprovedBy)} on {DisplayDates.Format(waiver.ApprovedOn)}. {Reasons.Given(ReasonScreen.For(after), waiver.Reason)}",
                ["CHG-05", waiver.Control], RiskFlag.ControlWaived);
        }

        foreach (var waiver in removed)
        {
            changes.Add(ChangeArea.Waivers, $"Ends the waiver of {waiver.Control}, so it is checked again.", ["CHG-05", waiver.Control]);
        }

        foreach (var (old, now) in kept.Where(k => k.Before.ExpiresOn != k.After.ExpiresOn || k.Before.ApprovedBy != k.After.ApprovedBy || k.Before.Reason != k.After.Reason))
        {
            var later = now.ExpiresOn > old.ExpiresOn;
            var approver = old.ApprovedBy == now.ApprovedBy ? string.Empty : $" (was {RoleNames.InSentence(old.ApprovedBy)})";
            changes.Add(ChangeArea.Waivers,
                $"{(later ? "Extends" : "Changes")} the waiver of {now.Control} to {DisplayDates.Format(now.ExpiresOn)}, approved by {RoleNames.InSentence(now.ApprovedBy)}{approver} on {DisplayDates.Format(now.ApprovedOn)}. {Reasons.Given(ReasonScreen.For(after), now.Reason)}",
                ["CHG-05", now.Control], later || old.ApprovedBy != now.ApprovedBy ? [RiskFlag.ControlWaived] : []);
        }
    }

    private static string ConfigName(EntraLicence licence) => Core.Config.ConfigNaming.EnumValue(licence);
}
