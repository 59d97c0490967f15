using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Identity;

/// <summary>A declared user group (IAM-01): one Entra security group with clearly defined access.</summary>
public sealed record UserGroup : ConfigRecord
{
    [Description("Stable key used in other settings and in resource names. Never rename casually: the group would be replaced.")]
    [UniqueKey(RefKind.Group)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    [Description("Name shown in Entra ID (the school's short name is added in front).")]
    [StringLength(120, MinimumLength = 2)]
    public required string DisplayName { get; init; }

    public required GroupKind Kind { get; init; }

    [Description("What the group is for, in one sentence.")]
    public required string Purpose { get; init; }

    [Description("The role that owns the group and approves who is in it.")]
    public required SchoolRole Owner { get; init; }

    [Description("Pupil groups: the key stage.")]
    public KeyStage? KeyStage { get; init; }

    [Description("Pupil groups: individual accounts, or a shared class log-on where the school allows it for this key stage.")]
    public Credentials Credentials { get; init; } = Credentials.Individual;

    public ImmutableArray<AccessGrant> Access { get; init; } = [];

    [Description("Entra dynamic membership rule, e.g. (user.department -eq \"Year 6\"). Pupil groups must use a rule or MIS sync, never a list of names.")]
    public string? MembershipRule { get; init; }

    [Description("Adult groups only: user principal names of members managed here (IT administrators).")]
    [Format(ValueFormat.UserPrincipalName)]
    public ImmutableArray<string> Members { get; init; } = [];

    [Description("Guest groups: the longest time an account in this group may exist.")]
    [Range(1, 365)]
    public int? MaxAccessDays { get; init; }

    [Description("Service groups: why these accounts run things rather than being used by people, e.g. \"Copier accounts that send scans to email\". Without it the group counts as people (MFA-01).")]
    [StringLength(300, MinimumLength = 10)]
    public string? ServiceReason { get; init; }

    [Description("Service groups: false declares that nobody signs in to these accounts interactively. Unless it is false the group counts as people and stays in the MFA rule (MFA-01).")]
    public bool InteractiveSignIn { get; init; } = true;

    /// <summary>
    /// Whether people sign in with the group's accounts. Only a service group that gives a reason and declares no
    /// interactive sign-in is taken as service accounts; re-typing people as "service" never takes them out of MFA.
    /// </summary>
    public bool HoldsPeople() => Kind != GroupKind.Service || string.IsNullOrWhiteSpace(ServiceReason) || InteractiveSignIn;
}
