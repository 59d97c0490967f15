using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>SI21xx: user groups. Retired (judged by the IAM, MFA and GST controls since issue 13): SI2105-SI2112.</summary>
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
}
