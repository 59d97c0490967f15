using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Core.Validation;

/// <summary>Cross-field identity rules: who may be named, class log-ons, emergency accounts, guests.</summary>
public sealed class IdentityChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        var identity = context.Config.Identity;
        var bag = context.Diagnostics;
        var areas = identity.AccessAreas.ToDictionary(a => a.Key, StringComparer.Ordinal);
        foreach (var group in identity.Groups)
        {
            var youngOrGuest = group.Kind is GroupKind.Pupil or GroupKind.Guest;
            if (youngOrGuest && !group.Members.IsEmpty)
            {
                bag.Add(IdentityDiagnostics.MembersListedForYoungOrGuestGroup(group.Span, group.Key));
            }

            if (group.Kind == GroupKind.Pupil)
            {
                if (group.KeyStage is null)
                {
                    bag.Add(IdentityDiagnostics.PupilGroupWithoutKeyStage(group.Span, group.Key));
                }
                else if (group.Credentials == Credentials.ClassLogon && !identity.ClassLogonKeyStages.Contains(group.KeyStage.Value))
                {
                    bag.Add(IdentityDiagnostics.ClassLogonNotAllowed(group.Span, group.Key, ConfigNaming.EnumValue(group.KeyStage.Value)));
                }
            }
            else if (group.KeyStage is not null || group.Credentials != Credentials.Individual)
            {
                bag.Add(IdentityDiagnostics.KeyStageOnAdultGroup(group.Span, group.Key));
            }

            if (group.Kind == GroupKind.Guest && group.MaxAccessDays is null)
            {
                bag.Add(IdentityDiagnostics.GuestGroupWithoutLimit(group.Span, group.Key));
            }

            if (youngOrGuest)
            {
                foreach (var grant in group.Access)
                {
                    if (areas.TryGetValue(grant.Area, out var area) && (area.PersonalData || area.StaffOnly))
                    {
                        bag.Add(IdentityDiagnostics.ChildOrGuestReachesPersonalData(grant.Span, group.Key, area.Name));
                    }
                }
            }
        }

        if (identity.BreakGlass.Length != 2)
        {
            bag.Add(IdentityDiagnostics.BreakGlassCount(identity.Span, identity.BreakGlass.Length));
        }

        foreach (var account in identity.BreakGlass.Where(a => !a.UserPrincipalName.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase)))
        {
            bag.Add(IdentityDiagnostics.BreakGlassNotCloudOnly(account.Span, account.Key));
        }

        if (identity.ConditionalAccess is { State: PolicyState.ReportOnly, ReportOnlySince: null })
        {
            bag.Add(IdentityDiagnostics.ReportOnlyWithoutStart(identity.ConditionalAccess.Span));
        }

        CheckTemporaryAccounts(identity, context);
    }

    private static void CheckTemporaryAccounts(IdentityConfig identity, ValidationContext context)
    {
        var groups = identity.Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        foreach (var account in identity.TemporaryAccounts)
        {
            var type = ConfigNaming.EnumValue(account.Type);
            if (!identity.Guests.AccountTypes.Contains(account.Type))
            {
                context.Diagnostics.Add(IdentityDiagnostics.TemporaryTypeNotAllowed(account.Span, account.Key, type));
            }

            var days = NodaTime.Period.Between(account.From, account.Until, NodaTime.PeriodUnits.Days).Days;
            var max = account.Type switch
            {
                GuestType.Supply => identity.Guests.SupplyMaxDays,
                GuestType.Contractor => identity.Guests.ContractorMaxDays,
                GuestType.Trainee => identity.Guests.TraineeMaxDays,
                _ => identity.Guests.VisitorMaxDays,
            };
            if (days > max)
            {
                context.Diagnostics.Add(IdentityDiagnostics.TemporaryAccountTooLong(account.Span, account.Key, days, max));
            }

            if (groups.TryGetValue(account.Group, out var group) && group.Kind != GroupKind.Guest)
            {
                context.Diagnostics.Add(IdentityDiagnostics.TemporaryAccountInWrongGroup(account.Span, account.Key, group.Key));
            }
        }
    }
}
