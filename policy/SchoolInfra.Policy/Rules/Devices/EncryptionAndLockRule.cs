using SchoolInfra.Core.Model.Devices;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Devices;

/// <summary>
/// DEV-01: Windows devices use BitLocker, lock after at most 10 idle minutes and need a PIN of at least 6; iPads need
/// a passcode of at least 6 and lock after at most 5 minutes (DfE-CS CS3; CE secure configuration: unlock PIN of at
/// least 6 characters).
/// </summary>
public sealed class EncryptionAndLockRule : DeviceRule
{
    public override string Id => "dev-01";

    protected override string MetSummary => "Laptops and iPads are encrypted and lock themselves.";

    protected override void Check(RuleContext context, DevicesConfig devices, FindingBuilder finding)
    {
        if (devices.Windows is { } windows)
        {
            var at = At(windows, devices);
            var ok = true;
            if (!windows.Bitlocker)
            {
                finding.NotMet("bitlockerOff", at, "BitLocker is switched off for Windows devices.", "Set windows bitlocker: true.", SchoolRole.ItProvider);
                ok = false;
            }

            if (windows.ScreenLockMinutes > 10)
            {
                finding.NotMet("windowsLockTooLate", at, $"Windows devices lock after {windows.ScreenLockMinutes} idle minutes; at most 10 are allowed.",
                    "Set windows screenLockMinutes to 10 or fewer.", SchoolRole.ItProvider);
                ok = false;
            }

            if (windows.MinPinLength < 6)
            {
                finding.NotMet("windowsPinShort", at, $"Windows sign-in PINs may be {windows.MinPinLength} characters; at least 6 are needed.",
                    "Set windows minPinLength to 6 or more.", SchoolRole.ItProvider);
                ok = false;
            }

            if (ok)
            {
                finding.Evidence($"Windows devices use BitLocker, lock after {windows.ScreenLockMinutes} minutes and need a PIN of at least {windows.MinPinLength}.");
            }
        }

        if (devices.Ipads is { } ipads)
        {
            var passcode = ipads.Passcode;
            var at = At(passcode, ipads, devices);
            var ok = true;
            if (passcode.MinLength < 6)
            {
                finding.NotMet("ipadPasscodeShort", at, $"iPad passcodes may be {passcode.MinLength} characters; at least 6 are needed.",
                    "Set ipads passcode minLength to 6 or more.", SchoolRole.ItProvider);
                ok = false;
            }

            if (passcode.MaxInactivityMinutes > 5)
            {
                finding.NotMet("ipadLockTooLate", at, $"iPads lock after {passcode.MaxInactivityMinutes} idle minutes; at most 5 are allowed.",
                    "Set ipads passcode maxInactivityMinutes to 5 or fewer.", SchoolRole.ItProvider);
                ok = false;
            }

            if (ok)
            {
                finding.Evidence($"iPads need a passcode of at least {passcode.MinLength} and lock after {passcode.MaxInactivityMinutes} minutes (iPads encrypt their storage when a passcode is set).");
            }

            if (ipads.ManagedBy == JamfProduct.JamfSchool)
            {
                finding.Evidence("Jamf School cannot deploy the passcode profile, so the live check reads it from the Jamf School API.");
            }
        }

        finding.LiveCheckNotRun("that no managed device reports itself unencrypted (7 days' grace for new devices) and that every device is enrolled");
    }
}
