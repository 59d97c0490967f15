using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Infra.Build.Identity;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Groups, their access and members (administrators among them), and the emergency accounts. Sign-in rules,
/// passwords and guests are in <see cref="SignInChangeDescriber"/>.</summary>
internal static class IdentityChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Identity;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        var b = before.Identity;
        var a = after.Identity;
        DescribeAreas(b, a, changes);
        DescribeGroups(b, a, changes);
        DescribeBreakGlass(b, a, changes);
    }

    /// <summary>What groups can be given, and whether it holds personal data or is for staff only: calling data
    /// something else takes the protections for it away (MFA-01, IAM-02, DEV-08, GST-03).</summary>
    private static void DescribeAreas(IdentityConfig b, IdentityConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.AccessAreas, a.AccessAreas, x => x.Key);
        foreach (var area in added)
        {
            changes.Add(Area, $"Adds \"{area.Name}\" to what groups can be given{(area.PersonalData ? ", as holding personal data" : string.Empty)}.", ["IAM-01"]);
        }

        foreach (var area in removed)
        {
            changes.Add(Area, $"Removes \"{area.Name}\" from what groups can be given.", ["IAM-01"]);
        }

        foreach (var (old, now) in kept)
        {
            var name = $"\"{now.Name}\"";
            if (old.Name != now.Name)
            {
                changes.Add(Area, $"Renames \"{old.Name}\" to {name}.", ["IAM-01"]);
            }

            if (old.PersonalData != now.PersonalData)
            {
                changes.Add(Area, now.PersonalData
                        ? $"Counts {name} as holding personal data, so the protections for personal data apply to it."
                        : $"Counts {name} as no longer holding personal data, so the protections for personal data (MFA for those given it, school-managed devices, keeping pupils and guests out) stop applying to it.",
                    ["MFA-01", "IAM-02", "DEV-08"], now.PersonalData ? [] : [RiskFlag.DataReclassified]);
            }

            if (old.StaffOnly != now.StaffOnly)
            {
                changes.Add(Area, now.StaffOnly
                        ? $"Keeps {name} for staff only."
                        : $"Lets {name} be given to pupils and guests (it was for staff only).",
                    ["IAM-02", "GST-03"], now.StaffOnly ? [] : [RiskFlag.DataReclassified]);
            }
        }
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

        // As the sign-in rules apply MFA: only a group of service accounts that gives a reason and cannot sign in
        // interactively is outside them (UserGroup.HoldsPeople, ConditionalAccessRules); any other group holds people.
        var neededMfa = old.HoldsPeople() && PersonalDataReach.Reaches(b, old);
        var needsMfa = now.HoldsPeople() && PersonalDataReach.Reaches(a, now);
        if (neededMfa && !needsMfa)
        {
            changes.Add(Area, !now.HoldsPeople() && PersonalDataReach.Reaches(a, now)
                ? $"Members of {name} will no longer be asked for MFA, because the group is now declared as service accounts, though it still reaches personal data."
                : $"Members of {name} will no longer need MFA, because the group no longer reaches personal data.", ["MFA-01"], RiskFlag.MfaWeakened);
        }
        else if (old.Kind != GroupKind.Service && now.Kind == GroupKind.Service && now.HoldsPeople())
        {
            changes.Add(Area, $"Declares {name} as service accounts, but without a reason or still able to sign in interactively, so its members are still treated as people and asked for MFA.", ["IAM-01", "MFA-01"]);
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
