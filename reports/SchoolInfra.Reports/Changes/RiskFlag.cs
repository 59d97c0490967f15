namespace SchoolInfra.Reports.Changes;

/// <summary>
/// Something in a change that weakens a protection. The headteacher must approve a change with any flag except
/// <see cref="ExceptionAdded"/>, which the second responsible person may approve too (controls.md C6).
/// </summary>
public enum RiskFlag
{
    /// <summary>Fewer people need MFA, or the sign-in rules stop enforcing it.</summary>
    MfaWeakened,

    /// <summary>Other sign-in protection drops: passwords, shared log-ons, device checks, guest accounts.</summary>
    SignInWeakened,

    /// <summary>A filtering profile or backend blocks less, or an illegal-content list is dropped.</summary>
    FilteringLoosened,

    /// <summary>A time-limited filtering exception is added, extended or widened (the usual FIL-10 process).</summary>
    ExceptionAdded,

    /// <summary>A new administrator account, emergency account or local administrator right.</summary>
    AdminAdded,

    /// <summary>Backups are kept for less time, or a backup policy goes.</summary>
    BackupRetentionCut,

    /// <summary>A backup copy, data source or safeguard goes (off-site, offline, encrypted, redundancy).</summary>
    BackupWeakened,

    /// <summary>A vault's immutability changes. Locking cannot be undone.</summary>
    ImmutabilityChanged,

    /// <summary>Audit logs, alerts or monitoring are reduced.</summary>
    LoggingReduced,

    /// <summary>A laptop or iPad baseline setting is weakened.</summary>
    DeviceBaselineWeakened,

    /// <summary>Who may approve changes or exceptions changes.</summary>
    ApproversChanged,

    /// <summary>A control is waived, or its waiver extended.</summary>
    ControlWaived,

    /// <summary>Something groups can be given no longer counts as personal data, or no longer as for staff only.</summary>
    DataReclassified,
}
