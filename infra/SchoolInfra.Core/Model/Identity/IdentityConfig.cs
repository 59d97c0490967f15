using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record IdentityConfig : ConfigRecord
{
    [Description("Things people reach: apps, shared drives, sites. Mark those holding personal data.")]
    public required ImmutableArray<AccessArea> AccessAreas { get; init; }

    [Description("Every user group, with its kind and the access it is given (IAM-01).")]
    public required ImmutableArray<UserGroup> Groups { get; init; }

    [Description("The two sealed emergency (break-glass) accounts, excluded from every sign-in rule and watched (IAM-05).")]
    public required ImmutableArray<BreakGlassAccount> BreakGlass { get; init; }

    [Description("The school's own networks, used in sign-in rules.")]
    public ImmutableArray<NamedLocationConfig> NamedLocations { get; init; } = [];

    public ConditionalAccessConfig ConditionalAccess { get; init; } = new();

    public PasswordPolicy Passwords { get; init; } = new();

    [Description("Key stages allowed to use shared class log-ons (PWD-05). Default: none, every pupil has their own account.")]
    public ImmutableArray<KeyStage> ClassLogonKeyStages { get; init; } = [];

    public GuestPolicy Guests { get; init; } = new();

    [Description("How the school marks separate administrator accounts: every itAdmin member's sign-in name starts with it (IAM-04). Default adm-.")]
    [StringLength(20, MinimumLength = 2)]
    public string AdminAccountPrefix { get; init; } = "adm-";

    [Description("Current temporary accounts (supply, trainees, contractors), by reference, never by name.")]
    public ImmutableArray<TemporaryAccount> TemporaryAccounts { get; init; } = [];
}
