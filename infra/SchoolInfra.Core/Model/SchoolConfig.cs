using System.Collections.Immutable;
using System.ComponentModel;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model;

/// <summary>
/// The school's declared settings: every <c>schoolinfra:*</c> key of its Pulumi stack file, typed.
/// Property names are the config keys in camel case (<c>Identity</c> is <c>schoolinfra:identity</c>).
/// </summary>
public sealed record SchoolConfig : ConfigRecord
{
    [Description("The school: its name, phase and the short name used in resource display names.")]
    public required School.SchoolProfile School { get; init; }

    [Description("The people who hold the roles the DfE standards require. Names or initials of adults only.")]
    public required School.SchoolRoles Roles { get; init; }

    [Description("The academic year's terms, in order. Termly checks and reviews are due against these dates.")]
    public required ImmutableArray<School.SchoolTerm> Terms { get; init; }

    [Description("User groups, access rights, sign-in rules, passwords, guests and emergency accounts.")]
    public required Identity.IdentityConfig Identity { get; init; }

    [Description("Internet filtering: one profile per user group, the backends that enforce it, and approved exceptions.")]
    public Filtering.FilteringConfig? Filtering { get; init; }

    [Description("Backups: cloud vaults, on-site and offline copies, and what each protects.")]
    public Backup.BackupConfig? Backups { get; init; }

    [Description("Audit logs: where sign-in and change logs are kept, for how long, and which changes raise an alert.")]
    public Logging.LoggingConfig? Logging { get; init; }

    [Description("How pupils' online activity is monitored and who hears about concerns.")]
    public School.MonitoringConfig? Monitoring { get; init; }

    [Description("Device baselines for Windows laptops (Intune) and iPads (Jamf).")]
    public Devices.DevicesConfig? Devices { get; init; }

    [Description("How often reviews happen where the school may choose.")]
    public School.ReviewChoices Reviews { get; init; } = new();

    [Description("How the drift check treats differences the clouds make by themselves: built-in ignore rules to switch off (watch) and the school's own (ignore), each with a reason.")]
    public Drift.DriftSettings? Drift { get; init; }

    [Description("Controls the school has knowingly waived for a limited time, with who approved it.")]
    public ImmutableArray<School.Waiver> Waivers { get; init; } = [];

    [Secret]
    [Description("Apple School Manager (ADE) server token for Jamf Pro enrolment. Set it with: pulumi config set --secret schoolinfra:jamfAdeToken ...")]
    public ConfigSecret? JamfAdeToken { get; init; }
}
