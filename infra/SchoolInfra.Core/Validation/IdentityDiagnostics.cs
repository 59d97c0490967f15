using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI21xx: user groups, sign-in rules and emergency accounts.</summary>
public static class IdentityDiagnostics
{
    public static Diagnostic MembersListedForYoungOrGuestGroup(SourceSpan at, string group) => new(
        "SI2101", Severity.Error, at, $"The group \"{group}\" lists its members, but pupil and guest groups must not name people in the school's files.",
        "use membershipRule (e.g. from the MIS sync) instead of a members list.");

    public static Diagnostic ClassLogonNotAllowed(SourceSpan at, string group, string keyStage) => new(
        "SI2102", Severity.Error, at, $"The group \"{group}\" uses class log-ons, but {keyStage} is not in classLogonKeyStages.",
        "give these pupils individual accounts, or add the key stage to schoolinfra:identity classLogonKeyStages if the school has chosen that.");

    public static Diagnostic PupilGroupWithoutKeyStage(SourceSpan at, string group) => new(
        "SI2103", Severity.Error, at, $"The pupil group \"{group}\" has no key stage.",
        "add keyStage (EYFS, KS1, LKS2, UKS2, KS3, KS4 or KS5), so filtering and sign-in fit the pupils' age.");

    public static Diagnostic KeyStageOnAdultGroup(SourceSpan at, string group) => new(
        "SI2104", Severity.Error, at, $"The group \"{group}\" is not a pupil group but has a key stage or class log-ons.",
        "remove keyStage and credentials, or set kind: pupil.");

    public static Diagnostic BreakGlassCount(SourceSpan at, int count) => new(
        "SI2105", Severity.Error, at, $"{count} emergency (break-glass) accounts are declared; exactly 2 are needed.",
        "declare two cloud-only accounts under breakGlass; Microsoft and the DfE standard both expect two.");

    public static Diagnostic GuestGroupWithoutLimit(SourceSpan at, string group) => new(
        "SI2106", Severity.Error, at, $"The guest group \"{group}\" has no maximum access time.",
        "add maxAccessDays, e.g. 100 for supply staff.");

    public static Diagnostic ChildOrGuestReachesPersonalData(SourceSpan at, string group, string area) => new(
        "SI2107", Severity.Error, at, $"The group \"{group}\" is given \"{area}\", which holds personal data; pupils and guests must never reach it.",
        "remove this access, or mark the area as not holding personal data if that is true.");

    public static Diagnostic ReportOnlyWithoutStart(SourceSpan at) => new(
        "SI2108", Severity.Error, at, "Sign-in rules are in report-only mode but reportOnlySince is not set.",
        "add reportOnlySince with the date the trial started; report-only may last at most 30 days.");

    public static Diagnostic TemporaryAccountTooLong(SourceSpan at, string account, int days, int max) => new(
        "SI2109", Severity.Error, at, $"The temporary account \"{account}\" lasts {days} days, longer than the {max} days allowed for its type.",
        "shorten it, or raise the limit under schoolinfra:identity guests if the governors agree.");

    public static Diagnostic TemporaryTypeNotAllowed(SourceSpan at, string account, string type) => new(
        "SI2110", Severity.Error, at, $"The temporary account \"{account}\" is a {type}, but the school does not give accounts to that kind of guest.",
        "add the type to guests accountTypes, or give guest Wi-Fi access only.");

    public static Diagnostic BreakGlassNotCloudOnly(SourceSpan at, string account) => new(
        "SI2111", Severity.Warning, at, $"The emergency account \"{account}\" is not on an *.onmicrosoft.com domain.",
        "use a cloud-only account so it still works when federation or sync fails.");

    public static Diagnostic TemporaryAccountInWrongGroup(SourceSpan at, string account, string group) => new(
        "SI2112", Severity.Error, at, $"The temporary account \"{account}\" is placed in \"{group}\", which is not a guest group.",
        "put temporary accounts in a group of kind guest.");
}
