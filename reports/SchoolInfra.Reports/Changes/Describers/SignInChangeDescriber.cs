using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Sign-in rules (Conditional Access and named locations), passwords, shared class log-ons and guests.</summary>
internal static class SignInChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Identity;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        var b = before.Identity;
        var a = after.Identity;
        DescribeSignInRules(b, a, changes);
        DescribePasswords(b, a, changes);
        DescribeGuests(b, a, new GroupNames(before, after), changes);
    }

    private static void DescribeSignInRules(IdentityConfig b, IdentityConfig a, ChangeList changes)
    {
        var old = b.ConditionalAccess;
        var now = a.ConditionalAccess;
        if (old.State != now.State)
        {
            if (now.State == PolicyState.ReportOnly)
            {
                changes.Add(Area, "Switches the sign-in rules to trial (report-only) mode: MFA is not enforced while it lasts.", ["MFA-01", "MFA-04"], RiskFlag.MfaWeakened);
            }
            else
            {
                changes.Add(Area, "Turns the sign-in rules back on in full, so MFA is enforced again.", ["MFA-01", "MFA-04"]);
            }
        }

        if (old.RequireCompliantDeviceForPersonalData != now.RequireCompliantDeviceForPersonalData)
        {
            changes.Add(Area, now.RequireCompliantDeviceForPersonalData
                    ? "Only managed, healthy school devices will reach personal data."
                    : "Stops checking that devices reaching personal data are managed and healthy.",
                ["DEV-08"], now.RequireCompliantDeviceForPersonalData ? [] : [RiskFlag.SignInWeakened]);
        }

        if (old.SignInFrequencyHours != now.SignInFrequencyHours)
        {
            changes.Add(Area, now.SignInFrequencyHours == 0
                    ? "Lets Microsoft decide how often adults sign in again."
                    : $"Asks adults to sign in again every {now.SignInFrequencyHours} hours.",
                ["MFA-01"]);
        }

        var (locationsAdded, locationsRemoved, locationsKept) = KeyedPairs.Match(b.NamedLocations, a.NamedLocations, x => x.Key);
        foreach (var location in locationsAdded)
        {
            changes.Add(Area, $"Adds the school network \"{location.DisplayName}\" to the sign-in rules.", ["MFA-04"]);
        }

        foreach (var location in locationsRemoved)
        {
            changes.Add(Area, $"Removes the school network \"{location.DisplayName}\" from the sign-in rules.", ["MFA-04"]);
        }

        foreach (var (was, isNow) in locationsKept.Where(k => !k.Before.IpRanges.SequenceEqual(k.After.IpRanges) || k.Before.Trusted != k.After.Trusted))
        {
            changes.Add(Area, $"Changes the addresses or trust of the school network \"{isNow.DisplayName}\".", ["MFA-04"],
                isNow.Trusted && !was.Trusted ? [RiskFlag.SignInWeakened] : []);
        }
    }

    private static void DescribePasswords(IdentityConfig b, IdentityConfig a, ChangeList changes)
    {
        var old = b.Passwords;
        var now = a.Passwords;
        if (old.StaffMinLength != now.StaffMinLength)
        {
            var shorter = now.StaffMinLength < old.StaffMinLength;
            changes.Add(Area, $"{(shorter ? "Lowers" : "Raises")} the shortest staff password from {old.StaffMinLength} to {now.StaffMinLength} characters.",
                ["PWD-01"], shorter ? [RiskFlag.SignInWeakened] : []);
        }

        if (old.StaffAccountSource != now.StaffAccountSource)
        {
            changes.Add(Area, $"Staff passwords will be set in {AccountSource(now.StaffAccountSource)} (was {AccountSource(old.StaffAccountSource)}).", ["PWD-01", "PWD-02"]);
        }

        if (old.ExtraComplexity != now.ExtraComplexity)
        {
            changes.Add(Area, now.ExtraComplexity
                ? "Makes staff passwords include symbols and mixed case. NCSC advises length instead."
                : "Stops demanding symbols and mixed case in staff passwords, as NCSC advises.", ["PWD-01"]);
        }

        if (old.ExpiryDays != now.ExpiryDays)
        {
            changes.Add(Area, now.ExpiryDays is { } days
                ? $"Makes staff change their password every {days} days. NCSC advises against routine changes."
                : "Stops routine password changes, as NCSC advises.", ["PWD-04"]);
        }

        var (words, unwords) = KeyedPairs.Sets(old.BannedWords, now.BannedWords);
        if (words.Count + unwords.Count > 0)
        {
            var parts = new List<string>();
            if (words.Count > 0)
            {
                parts.Add($"adds {EnglishList.Count(words.Count, "word")} to");
            }

            if (unwords.Count > 0)
            {
                parts.Add($"takes {EnglishList.Count(unwords.Count, "word")} off");
            }

            var text = EnglishList.Join(parts) + " the banned password list.";
            changes.Add(Area, char.ToUpperInvariant(text[0]) + text[1..], ["PWD-02"]);
        }

        var (stages, endedStages) = KeyedPairs.Sets(b.ClassLogonKeyStages, a.ClassLogonKeyStages);
        if (stages.Count > 0)
        {
            changes.Add(Area, $"Allows shared class log-ons in {EnglishList.Join(stages.Select(PlainNames.Of))}.", ["PWD-05", "IAM-03"], RiskFlag.SignInWeakened);
        }

        if (endedStages.Count > 0)
        {
            changes.Add(Area, $"Ends shared class log-ons in {EnglishList.Join(endedStages.Select(PlainNames.Of))}.", ["PWD-05", "IAM-03"]);
        }
    }

    private static void DescribeGuests(IdentityConfig b, IdentityConfig a, GroupNames groups, ChangeList changes)
    {
        var (types, endedTypes) = KeyedPairs.Sets(b.Guests.AccountTypes, a.Guests.AccountTypes);
        if (types.Count > 0)
        {
            changes.Add(Area, $"Lets {EnglishList.Join(types.Select(t => PlainNames.Of(t) + " staff"))} have accounts.", ["GST-01"], RiskFlag.SignInWeakened);
        }

        if (endedTypes.Count > 0)
        {
            changes.Add(Area, $"Stops giving accounts to {EnglishList.Join(endedTypes.Select(t => PlainNames.Of(t) + " staff"))}.", ["GST-01"]);
        }

        // Temporary accounts are described by type, group and dates only: their keys are references, and a reference
        // is the one place someone might still type a person's name.
        var (added, removed, kept) = KeyedPairs.Match(b.TemporaryAccounts, a.TemporaryAccounts, x => x.Key);
        foreach (var account in added)
        {
            changes.Add(Area, $"Adds a temporary {PlainNames.Of(account.Type)} account in \"{groups.Of(account.Group)}\" from {DisplayDates.Format(account.From)} until {DisplayDates.Format(account.Until)}, sponsored by {RoleNames.InSentence(account.Sponsor)}.", ["GST-01"]);
        }

        foreach (var account in removed)
        {
            changes.Add(Area, $"Removes a temporary {PlainNames.Of(account.Type)} account in \"{groups.Of(account.Group)}\" (it was due to end on {DisplayDates.Format(account.Until)}).", ["GST-01", "JML-01"]);
        }

        foreach (var (old, now) in kept.Where(k => k.Before.Until != k.After.Until))
        {
            var later = now.Until > old.Until;
            changes.Add(Area, $"{(later ? "Extends" : "Shortens")} a temporary {PlainNames.Of(now.Type)} account in \"{groups.Of(now.Group)}\" to {DisplayDates.Format(now.Until)} (was {DisplayDates.Format(old.Until)}).", ["GST-01"]);
        }
    }

    private static string AccountSource(StaffAccountSource source) => source switch
    {
        StaffAccountSource.Cloud => "Microsoft Entra ID",
        StaffAccountSource.AdDs => "the school's Active Directory",
        _ => "another sign-in provider",
    };
}
