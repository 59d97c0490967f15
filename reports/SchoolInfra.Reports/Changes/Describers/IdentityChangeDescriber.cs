using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Groups, access, administrators, emergency accounts, sign-in rules, passwords and guests.</summary>
internal static class IdentityChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Identity;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        var b = before.Identity;
        var a = after.Identity;
        DescribeGroups(b, a, changes);
        DescribeBreakGlass(b, a, changes);
        DescribeSignInRules(b, a, changes);
        DescribePasswords(b, a, changes);
        DescribeGuests(b, a, new GroupNames(before, after), changes);
    }

    private static void DescribeGroups(IdentityConfig b, IdentityConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Groups, a.Groups, g => g.Key);
        foreach (var group in added)
        {
            var admins = group.Kind == GroupKind.ItAdmin && !group.Members.IsEmpty;
            var text = $"Adds the group \"{group.DisplayName}\" ({PlainNames.Of(group.Kind)})"
                + (admins ? $" with {EnglishList.Count(group.Members.Length, "administrator account")}: {EnglishList.Join(group.Members)}." : ".");
            changes.Add(Area, text, Controls(group, admins ? "IAM-04" : null), admins ? [RiskFlag.AdminAdded] : []);
        }

        foreach (var group in removed)
        {
            changes.Add(Area, $"Removes the group \"{group.DisplayName}\".", ["IAM-01"]);
        }

        foreach (var (old, now) in kept)
        {
            DescribeGroup(b, a, old, now, changes);
        }
    }

    private static void DescribeGroup(IdentityConfig b, IdentityConfig a, UserGroup old, UserGroup now, ChangeList changes)
    {
        var name = $"\"{now.DisplayName}\"";
        if (old.DisplayName != now.DisplayName)
        {
            changes.Add(Area, $"Renames the group \"{old.DisplayName}\" to {name}.", ["IAM-01"]);
        }

        if (old.Kind != now.Kind)
        {
            var admin = now.Kind == GroupKind.ItAdmin;
            changes.Add(Area, $"Changes {name} from {PlainNames.Of(old.Kind)} to {PlainNames.Of(now.Kind)}.",
                Controls(now, admin ? "IAM-04" : null), admin ? [RiskFlag.AdminAdded] : []);
        }

        if (old.Owner != now.Owner)
        {
            changes.Add(Area, $"Makes {RoleNames.InSentence(now.Owner)} the owner of {name} (was {RoleNames.InSentence(old.Owner)}).", ["IAM-01"]);
        }

        if (old.MembershipRule != now.MembershipRule)
        {
            changes.Add(Area, $"Changes the rule that decides who is in {name}.", ["IAM-01"]);
        }

        DescribeAccess(a, old, now, name, changes);
        var (joined, left) = KeyedPairs.Sets(old.Members, now.Members);
        foreach (var member in joined)
        {
            var admin = now.Kind == GroupKind.ItAdmin;
            changes.Add(Area, admin ? $"Adds the administrator account {member} to {name}." : $"Adds the account {member} to {name}.",
                admin ? ["IAM-04"] : ["IAM-01"], admin ? [RiskFlag.AdminAdded] : []);
        }

        foreach (var member in left)
        {
            changes.Add(Area, $"Removes the account {member} from {name}.", [now.Kind == GroupKind.ItAdmin ? "IAM-04" : "IAM-01"]);
        }

        var neededMfa = PersonalDataReach.Reaches(b, old);
        var needsMfa = PersonalDataReach.Reaches(a, now);
        if (neededMfa && !needsMfa)
        {
            changes.Add(Area, $"Members of {name} will no longer need MFA, because the group no longer reaches personal data.", ["MFA-01"], RiskFlag.MfaWeakened);
        }
        else if (!neededMfa && needsMfa)
        {
            changes.Add(Area, $"Members of {name} will need MFA, because the group now reaches personal data.", ["MFA-01", "IAM-02"]);
        }

        if (old.Credentials != now.Credentials)
        {
            var shared = now.Credentials == Credentials.ClassLogon;
            changes.Add(Area, shared ? $"Moves {name} to a shared class log-on." : $"Gives each member of {name} their own log-on.",
                ["PWD-05", "IAM-03"], shared ? [RiskFlag.SignInWeakened] : []);
        }

        if (old.MaxAccessDays != now.MaxAccessDays && now.MaxAccessDays is { } days)
        {
            changes.Add(Area, $"Lets accounts in {name} last up to {days} days{(old.MaxAccessDays is { } was ? $" (was {was})" : string.Empty)}.", ["GST-01"]);
        }
    }

    private static void DescribeAccess(IdentityConfig a, UserGroup old, UserGroup now, string name, ChangeList changes)
    {
        var (granted, revoked, kept) = KeyedPairs.Match(old.Access, now.Access, g => g.Area);
        string AreaName(string key) => a.AccessAreas.FirstOrDefault(x => x.Key == key)?.Name ?? key;
        string[] AccessControls(string key) =>
            a.AccessAreas.FirstOrDefault(x => x.Key == key) is { PersonalData: true } ? ["IAM-01", "IAM-02"] : ["IAM-01"];
        foreach (var grant in granted)
        {
            changes.Add(Area, $"Gives {name} {PlainNames.Of(grant.Level)} access to {AreaName(grant.Area)}.", AccessControls(grant.Area),
                grant.Level == AccessLevel.Admin ? [RiskFlag.AdminAdded] : []);
        }

        foreach (var grant in revoked)
        {
            changes.Add(Area, $"Removes {name}'s access to {AreaName(grant.Area)}.", ["IAM-01"]);
        }

        foreach (var (was, isNow) in kept.Where(k => k.Before.Level != k.After.Level))
        {
            var verb = isNow.Level > was.Level ? "Raises" : "Lowers";
            changes.Add(Area, $"{verb} {name}'s access to {AreaName(isNow.Area)} from {PlainNames.Of(was.Level)} to {PlainNames.Of(isNow.Level)}.",
                AccessControls(isNow.Area), isNow.Level == AccessLevel.Admin ? [RiskFlag.AdminAdded] : []);
        }
    }

    private static void DescribeBreakGlass(IdentityConfig b, IdentityConfig a, ChangeList changes)
    {
        // Emergency accounts are never named in a summary: their names are worth hiding from an attacker.
        var (added, removed, kept) = KeyedPairs.Match(b.BreakGlass, a.BreakGlass, x => x.Key);
        foreach (var account in added)
        {
            changes.Add(Area, $"Adds an emergency (break-glass) account, kept sealed by {RoleNames.InSentence(account.Custodian)}. It is left out of every sign-in rule.",
                ["IAM-05", "MFA-04"], RiskFlag.AdminAdded, RiskFlag.MfaWeakened);
        }

        for (var i = 0; i < removed.Count; i++)
        {
            changes.Add(Area, "Removes an emergency (break-glass) account.", ["IAM-05"]);
        }

        foreach (var (old, now) in kept)
        {
            if (old.UserPrincipalName != now.UserPrincipalName)
            {
                changes.Add(Area, "Replaces an emergency (break-glass) account with a new one.", ["IAM-05", "MFA-04"], RiskFlag.AdminAdded);
            }

            if (old.Credential != now.Credential)
            {
                var weaker = now.Credential == BreakGlassCredential.Passphrase;
                changes.Add(Area, weaker
                        ? "An emergency account will use a passphrase instead of a security key."
                        : "An emergency account will use a security key instead of a passphrase.",
                    ["IAM-05", "MFA-02"], weaker ? [RiskFlag.MfaWeakened] : []);
            }

            if (old.Custodian != now.Custodian)
            {
                changes.Add(Area, $"Gives the sealed details of an emergency account to {RoleNames.InSentence(now.Custodian)} (was {RoleNames.InSentence(old.Custodian)}).", ["IAM-05"]);
            }
        }
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

    private static string[] Controls(UserGroup group, string? extra)
    {
        var controls = new List<string> { "IAM-01" };
        if (group.Kind is GroupKind.Pupil or GroupKind.Guest)
        {
            controls.Add("IAM-02");
        }

        if (extra is not null)
        {
            controls.Add(extra);
        }

        return [.. controls];
    }
}
