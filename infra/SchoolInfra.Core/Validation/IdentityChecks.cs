using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Identity;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Identity settings that must be right before anything is built: who may be named in the school's files, and
/// pupil groups described consistently (key stage, class log-ons). Weak but deployable choices (one emergency account,
/// pupils given personal data, long guest access) are findings of the IAM, MFA and GST controls in Policy, not errors.
/// </summary>
public sealed class IdentityChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        var identity = context.Config.Identity;
        var bag = context.Diagnostics;
        foreach (var group in identity.Groups)
        {
            // Pupils' and guests' names must not be written into the repository at all (a data-protection rule about
            // the file itself, not a setting to judge).
            if (group.Kind is GroupKind.Pupil or GroupKind.Guest && !group.Members.IsEmpty)
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
        }
    }
}
