using NodaTime;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Backup;
using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.Logging;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Tests.Changes;

/// <summary>One test per kind of change: the sentence, the controls it touches and the risk flags.</summary>
public sealed class ConfigChangeDescriberTests
{
    private static readonly SchoolConfig Example = ExampleSchool.Config();

    private static ConfigChange Single(SchoolConfig before, SchoolConfig after) => Assert.Single(ConfigChangeDescriber.Describe(before, after));

    private static FilteringConfig Filtering => Example.Filtering!;

    private static BackupConfig Backups => Example.Backups!;

    private static WindowsBaseline Windows => Example.Devices!.Windows!;

    private static SchoolConfig WithFiltering(Func<FilteringConfig, FilteringConfig> change) => Example with { Filtering = change(Filtering) };

    private static SchoolConfig WithProfile(string key, Func<FilteringProfile, FilteringProfile> change) =>
        WithFiltering(f => f with { Profiles = [.. f.Profiles.Select(p => p.Key == key ? change(p) : p)] });

    [Fact]
    public void Describe_HeadteachersGitHubAccountChanged_IsApproversChanged()
    {
        var after = Example with { Roles = Example.Roles with { Headteacher = Example.Roles.Headteacher with { Github = "oakfield-example-other" } } };

        var change = Single(Example, after);

        Assert.Equal("Makes the GitHub account oakfield-example-other the one that approves as the headteacher (was oakfield-example-head).", change.Text);
        Assert.Equal([RiskFlag.ApproversChanged], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_SameSettings_FindsNothing() => Assert.Empty(ConfigChangeDescriber.Describe(Example, ExampleSchool.Config()));

    [Fact]
    public void Describe_ExceptionAdded_SaysWhatWhoForAndUntilWhen()
    {
        var before = WithFiltering(f => f with { Exceptions = [.. f.Exceptions.Where(e => e.Domain != "youtube.com")] });

        var change = Single(before, Example);

        Assert.Equal("Allows youtube.com for Year 6 pupils until 19 Dec 2026, requested by the Year 6 teacher. Reason: \"Year 6 film-making unit uses selected YouTube tutorials in class\". Approved by the headteacher on 2 Nov 2026.", change.Text);
        Assert.Equal(["CHG-03", "FIL-10", "FIL-11"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.ExceptionAdded], change.Risks.AsEnumerable());
        Assert.Equal(ChangeArea.Filtering, change.Area);
    }

    [Fact]
    public void Describe_ExceptionRequestedByAName_WithholdsTheName()
    {
        var before = WithFiltering(f => f with { Exceptions = [] });
        var after = WithFiltering(f => f with { Exceptions = [f.Exceptions[0] with { RequestedBy = "Jamie Smith" }] });

        var change = ConfigChangeDescriber.Describe(before, after).First();

        Assert.DoesNotContain("Jamie", change.Text, StringComparison.Ordinal);
        Assert.Contains(StaffTitleScreen.Withheld, change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ExceptionExtended_IsFlaggedAsAnException()
    {
        var after = WithFiltering(f => f with { Exceptions = [.. f.Exceptions.Select(e => e.Domain == "youtube.com" ? e with { ExpiresOn = new LocalDate(2027, 1, 31) } : e)] });

        var change = Single(Example, after);

        Assert.Equal("Extends the exception for youtube.com (Year 6 pupils) to 31 Jan 2027 (was 19 Dec 2026).", change.Text);
        Assert.Equal([RiskFlag.ExceptionAdded], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_ExceptionRemoved_IsNotARisk()
    {
        var after = WithFiltering(f => f with { Exceptions = [.. f.Exceptions.Where(e => e.Domain != "example-coding-club.example")] });

        var change = Single(Example, after);

        Assert.Equal("Ends the exception that allowed example-coding-club.example for Year 5 pupils and Year 6 pupils.", change.Text);
        Assert.Empty(change.Risks);
    }

    [Fact]
    public void Describe_CategoryUnblockedForPupils_IsFilteringLoosened()
    {
        var after = WithProfile("olderPupils", p => p with { BlockedCategories = [.. p.BlockedCategories.Where(c => c != ContentCategory.SocialMedia)] });

        var change = Single(Example, after);

        Assert.Equal("Unblocks social media for Years 3 and 4 pupils, Year 5 pupils and Year 6 pupils (profile \"Key stage 2\").", change.Text);
        Assert.Equal(["FIL-05"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.FilteringLoosened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_CategoryBlocked_IsTighteningWithNoFlag()
    {
        var after = WithProfile("olderPupils", p => p with { BlockedCategories = [.. p.BlockedCategories, ContentCategory.Games] });

        var change = Single(Example, after);

        Assert.StartsWith("Blocks games for", change.Text, StringComparison.Ordinal);
        Assert.Empty(change.Risks);
    }

    [Fact]
    public void Describe_SafeSearchRelaxed_IsFilteringLoosened()
    {
        var after = WithProfile("youngPupils", p => p with { SafeSearch = SafeSearchLevel.Moderate });

        var change = Single(Example, after);

        Assert.Equal("Sets safe search to moderate for Reception pupils and Key stage 1 pupils (was strict).", change.Text);
        Assert.Equal([RiskFlag.FilteringLoosened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_IllegalContentListDropped_IsFilteringLoosened()
    {
        var after = WithFiltering(f => f with { Upstream = f.Upstream! with { IwfMember = false } });

        var change = Single(Example, after);

        Assert.Contains("no longer blocks the Internet Watch Foundation's child abuse list", change.Text, StringComparison.Ordinal);
        Assert.Equal(["FIL-03", "FIL-04"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.FilteringLoosened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_GroupAdded_NamesItAndItsKind()
    {
        var group = Example.Identity.Groups.First(g => g.Key == "year6Pupils") with { Key = "year7Pupils", DisplayName = "Year 7 pupils" };
        var after = Example with { Identity = Example.Identity with { Groups = [.. Example.Identity.Groups, group] } };

        var change = Single(Example, after);

        Assert.Equal("Adds the group \"Year 7 pupils\" (pupils).", change.Text);
        Assert.Equal(["IAM-01", "IAM-02"], change.Controls.AsEnumerable());
        Assert.Empty(change.Risks);
    }

    [Fact]
    public void Describe_GroupRemoved_NamesIt()
    {
        var before = Example with { Identity = Example.Identity with { Groups = [.. Example.Identity.Groups, Example.Identity.Groups[0] with { Key = "oldGroup", DisplayName = "Old group" }] } };

        var change = Single(before, Example);

        Assert.Equal("Removes the group \"Old group\".", change.Text);
    }

    [Fact]
    public void Describe_AdministratorAccountAdded_IsAdminAdded()
    {
        var after = Example with
        {
            Identity = Example.Identity with
            {
                Groups = [.. Example.Identity.Groups.Select(g => g.Kind == GroupKind.ItAdmin ? g with { Members = [.. g.Members, "adm-technician3@oakfield-primary.example"] } : g)],
            },
        };

        var change = Single(Example, after);

        Assert.Equal("Adds the administrator account adm-technician3@oakfield-primary.example to \"IT administrators\".", change.Text);
        Assert.Equal(["IAM-04"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.AdminAdded], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_EmergencyAccountAdded_NeverNamesTheAccount()
    {
        var extra = Example.Identity.BreakGlass[0] with { Key = "emergency3", UserPrincipalName = "bg-emergency3@oakfieldprimaryexample.onmicrosoft.com" };
        var after = Example with { Identity = Example.Identity with { BreakGlass = [.. Example.Identity.BreakGlass, extra] } };

        var change = Single(Example, after);

        Assert.DoesNotContain("bg-emergency3", change.Text, StringComparison.Ordinal);
        Assert.Equal([RiskFlag.MfaWeakened, RiskFlag.AdminAdded], change.Risks.Order());
    }

    [Fact]
    public void Describe_SignInRulesReportOnly_IsMfaWeakened()
    {
        var after = Example with
        {
            Identity = Example.Identity with { ConditionalAccess = Example.Identity.ConditionalAccess with { State = PolicyState.ReportOnly, ReportOnlySince = new LocalDate(2026, 11, 20) } },
        };

        var change = Single(Example, after);

        Assert.Equal("Switches the sign-in rules to trial (report-only) mode: MFA is not enforced while it lasts.", change.Text);
        Assert.Equal(["MFA-01", "MFA-04"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.MfaWeakened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_GroupNoLongerReachingPersonalData_NoLongerNeedsMfa()
    {
        // Support staff reach personal data as adults; declaring them service accounts (with a reason and no interactive
        // sign-in) takes them out of the MFA rule. Re-typing them as "service" alone does not (issue 13).
        var after = Example with
        {
            Identity = Example.Identity with
            {
                Groups = [.. Example.Identity.Groups.Select(g => g.Key == "support"
                    ? g with { Kind = GroupKind.Service, ServiceReason = "Scanner accounts that send scans to email", InteractiveSignIn = false, Access = [] }
                    : g)],
            },
        };

        var changes = ConfigChangeDescriber.Describe(Example, after);

        Assert.Contains(changes, c => c.Text == "Members of \"Support staff\" will no longer need MFA, because the group no longer reaches personal data." && c.Risks.Contains(RiskFlag.MfaWeakened));
    }

    [Fact]
    public void Describe_PeopleReTypedAsServiceAccountsWithoutAReason_StayInMfa_AndTheSummarySaysSo()
    {
        // Without serviceReason and interactiveSignIn: false the group still holds people: the sign-in rule keeps it.
        var after = Example with
        {
            Identity = Example.Identity with { Groups = [.. Example.Identity.Groups.Select(g => g.Key == "office" ? g with { Kind = GroupKind.Service } : g)] },
        };

        var changes = ConfigChangeDescriber.Describe(Example, after);

        Assert.Contains(changes, c => c.Text.StartsWith("Declares \"Office staff\" as service accounts, but without a reason", StringComparison.Ordinal) && c.Controls.Contains("IAM-01"));
        Assert.DoesNotContain(changes, c => c.Risks.Contains(RiskFlag.MfaWeakened));
    }

    [Fact]
    public void Describe_PeopleReTypedAsRealServiceAccountsKeepingTheirAccess_AreNoLongerAskedForMfa()
    {
        // A reason and no interactive sign-in take the group out of the sign-in rules, though it still reaches personal data.
        var after = Example with
        {
            Identity = Example.Identity with
            {
                Groups = [.. Example.Identity.Groups.Select(g => g.Key == "office" ? g with { Kind = GroupKind.Service, ServiceReason = "Runs the printers", InteractiveSignIn = false } : g)],
            },
        };

        var changes = ConfigChangeDescriber.Describe(Example, after);

        Assert.Contains(changes, c => c.Text == "Members of \"Office staff\" will no longer be asked for MFA, because the group is now declared as service accounts, though it still reaches personal data."
            && c.Risks.Contains(RiskFlag.MfaWeakened));
    }

    [Fact]
    public void Describe_AreaNoLongerPersonalData_IsDataReclassified()
    {
        var after = Example with
        {
            Identity = Example.Identity with { AccessAreas = [.. Example.Identity.AccessAreas.Select(a => a.Key == "governorHub" ? a with { PersonalData = false } : a)] },
        };

        var change = Single(Example, after);

        Assert.StartsWith("Counts \"Governors' document library\" as no longer holding personal data", change.Text, StringComparison.Ordinal);
        Assert.Equal([RiskFlag.DataReclassified], change.Risks.AsEnumerable());
        Assert.Equal(["DEV-08", "IAM-02", "MFA-01"], change.Controls.AsEnumerable());
    }

    [Fact]
    public void Describe_AreaOpenedBeyondStaff_IsDataReclassified()
    {
        var after = Example with
        {
            Identity = Example.Identity with { AccessAreas = [.. Example.Identity.AccessAreas.Select(a => a.Key == "staffShare" ? a with { StaffOnly = false } : a)] },
        };

        var change = Single(Example, after);

        Assert.Equal("Lets \"Staff shared drive\" be given to pupils and guests (it was for staff only).", change.Text);
        Assert.Equal([RiskFlag.DataReclassified], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_ShorterStaffPasswords_IsSignInWeakened()
    {
        var after = Example with { Identity = Example.Identity with { Passwords = Example.Identity.Passwords with { StaffMinLength = 8 } } };

        var change = Single(Example, after);

        Assert.Equal("Lowers the shortest staff password from 12 to 8 characters.", change.Text);
        Assert.Equal([RiskFlag.SignInWeakened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_ClassLogonsAllowedForMorePupils_IsSignInWeakened()
    {
        var after = Example with { Identity = Example.Identity with { ClassLogonKeyStages = [.. Example.Identity.ClassLogonKeyStages, KeyStage.LowerKs2] } };

        var change = Single(Example, after);

        Assert.Equal("Allows shared class log-ons in lower key stage 2.", change.Text);
        Assert.Equal([RiskFlag.SignInWeakened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_TemporaryAccountAdded_DescribesItWithoutItsReference()
    {
        var account = Example.Identity.TemporaryAccounts[0] with { Key = "jamieSupply", From = new LocalDate(2027, 1, 5), Until = new LocalDate(2027, 2, 12) };
        var after = Example with { Identity = Example.Identity with { TemporaryAccounts = [.. Example.Identity.TemporaryAccounts, account] } };

        var change = Single(Example, after);

        Assert.Equal("Adds a temporary supply account in \"Guests\" from 5 Jan 2027 until 12 Feb 2027, sponsored by the school business manager.", change.Text);
        Assert.DoesNotContain("jamie", change.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Describe_BackupRetentionCut_IsFlagged()
    {
        var after = Example with { Backups = Backups with { Policies = [Backups.Policies[0] with { KeepDailyDays = 14 }] } };

        var change = Single(Example, after);

        Assert.Equal("Cuts how long daily backups are kept from 30 to 14 days.", change.Text);
        Assert.Equal(["BAK-04"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.BackupRetentionCut], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_BackupRetentionRaised_IsNotARisk()
    {
        var after = Example with { Backups = Backups with { Policies = [Backups.Policies[0] with { KeepMonthlyMonths = 24 }] } };

        var change = Single(Example, after);

        Assert.Equal("Keeps monthly backups for 24 months (was 12).", change.Text);
        Assert.Empty(change.Risks);
    }

    [Fact]
    public void Describe_ImmutabilityLocked_WarnsItCannotBeUndone()
    {
        var before = Example with { Backups = Backups with { Vaults = [Backups.Vaults[0] with { Immutability = ImmutabilityState.Unlocked }] } };

        var change = Single(before, Example);

        Assert.Equal("Locks immutability on the vault \"rsv-oakfield-backup\". Once applied this cannot be undone: nobody can delete its backups early.", change.Text);
        Assert.Equal([RiskFlag.ImmutabilityChanged], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_BackupCopyRemoved_IsBackupsWeakened()
    {
        var after = Example with { Backups = Backups with { Copies = [.. Backups.Copies.Where(c => c.Key != "officeNas")] } };

        var changes = ConfigChangeDescriber.Describe(Example, after);

        Assert.Contains(changes, c => c.Text == "Removes the backup copy \"Office NAS\"." && c.Risks.SequenceEqual([RiskFlag.BackupWeakened]));
    }

    [Fact]
    public void Describe_BitLockerTurnedOff_IsDeviceBaselineWeakened()
    {
        var after = Example with { Devices = Example.Devices! with { Windows = Windows with { Bitlocker = false } } };

        var change = Single(Example, after);

        Assert.Equal("Turns off BitLocker encryption on Windows laptops.", change.Text);
        Assert.Equal(["DEV-01"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.DeviceBaselineWeakened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_UsersMadeLocalAdministrators_IsBaselineWeakenedAndAdminAdded()
    {
        var after = Example with { Devices = Example.Devices! with { Windows = Windows with { LocalAdmin = Windows.LocalAdmin with { UsersAreAdmins = true } } } };

        var change = Single(Example, after);

        Assert.Equal("Makes every user an administrator of their own laptop.", change.Text);
        Assert.Equal([RiskFlag.AdminAdded, RiskFlag.DeviceBaselineWeakened], change.Risks.Order());
    }

    [Fact]
    public void Describe_IpadPasscodeShortened_IsDeviceBaselineWeakened()
    {
        var ipads = Example.Devices!.Ipads!;
        var after = Example with { Devices = Example.Devices with { Ipads = ipads with { Passcode = ipads.Passcode with { MinLength = 4 } } } };

        var change = Single(Example, after);

        Assert.Equal("Sets the shortest iPad passcode to 4 digits (was 6).", change.Text);
        Assert.Equal([RiskFlag.DeviceBaselineWeakened], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_LogRetentionCut_IsLoggingReduced()
    {
        var after = Example with { Logging = Example.Logging! with { RetentionDays = 90 } };

        var change = Single(Example, after);

        Assert.Equal("Cuts how long audit logs are kept from 365 to 90 days.", change.Text);
        Assert.Equal([RiskFlag.LoggingReduced], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_AlertRemoved_IsLoggingReduced()
    {
        var after = Example with { Logging = Example.Logging! with { Alerts = [.. Example.Logging.Alerts.Where(a => a != AlertTrigger.BreakGlassSignIn)] } };

        var change = Single(Example, after);

        Assert.Equal("Stops the alert raised when an emergency account signs in.", change.Text);
        Assert.Equal(["LOG-03"], change.Controls.AsEnumerable());
    }

    [Fact]
    public void Describe_WaiverAdded_IsControlWaivedAndTouchesTheControl()
    {
        var waiver = Example.Waivers[0] with { Control = "BAK-06", ExpiresOn = new LocalDate(2027, 1, 31) };
        var after = Example with { Waivers = [.. Example.Waivers, waiver] };

        var change = Single(Example, after);

        Assert.StartsWith("Waives BAK-06 until 31 Jan 2027, approved by", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(waiver.Reason, change.Text, StringComparison.Ordinal);
        Assert.Equal(["BAK-06", "CHG-05"], change.Controls.AsEnumerable());
        Assert.Equal([RiskFlag.ControlWaived], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_SecondResponsiblePersonChanged_IsApproversChanged()
    {
        var after = Example with { Roles = Example.Roles with { SecondResponsiblePerson = new RoleHolder { Name = "Ms K. Example", Title = "Co-headteacher" } } };

        var change = Single(Example, after);

        Assert.Equal("Makes Ms K. Example the second responsible person (was Mr D. Fenwick).", change.Text);
        Assert.Equal([RiskFlag.ApproversChanged], change.Risks.AsEnumerable());
    }

    [Fact]
    public void Describe_SecretSet_SaysOnlyThatItIsSet()
    {
        var before = Example with { JamfAdeToken = null };

        var change = Single(before, Example);

        Assert.Equal("Sets the Apple School Manager enrolment token (a secret, never shown).", change.Text);
    }

    [Fact]
    public void Describe_ManyChanges_ListsThemByArea()
    {
        var after = Example with
        {
            Waivers = [.. Example.Waivers, Example.Waivers[0] with { Control = "BAK-06" }],
            Logging = Example.Logging! with { RetentionDays = 400 },
            Identity = Example.Identity with { Passwords = Example.Identity.Passwords with { StaffMinLength = 14 } },
        };

        var areas = ConfigChangeDescriber.Describe(Example, after).Select(c => c.Area);

        Assert.Equal([ChangeArea.Identity, ChangeArea.Logging, ChangeArea.Waivers], areas);
    }

    [Fact]
    public void Describe_ExceptionLiftingADeliberateBlock_IsAlsoFilteringLoosened()
    {
        var before = WithFiltering(f => f with { Exceptions = [] });
        var after = WithFiltering(f => f with { Exceptions = [f.Exceptions[0] with { OverridesBlock = true }] });

        var change = ConfigChangeDescriber.Describe(before, after).First();

        Assert.EndsWith("It lifts a site the filter blocks on purpose.", change.Text, StringComparison.Ordinal);
        Assert.Equal([RiskFlag.FilteringLoosened, RiskFlag.ExceptionAdded], change.Risks.Order());
    }

    [Fact]
    public void Describe_CategoryLeftOpenForStaff_IsFilteringLoosenedWithoutItsReason()
    {
        var open = new OpenCategory { Category = ContentCategory.Gambling, Reason = "PSHE staff research gambling harms for lessons." };
        var after = WithProfile("staff", p => p with { OpenCategories = [.. p.OpenCategories, open] });

        var change = Single(Example, after);

        Assert.StartsWith("Leaves gambling open on purpose for Teaching staff", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PSHE", change.Text, StringComparison.Ordinal);
        Assert.Equal([RiskFlag.FilteringLoosened], change.Risks.AsEnumerable());
    }
}
