using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-03: guessing stops after at most <c>maxAttempts</c> (10) tries on accounts and devices (CE user access
/// control; DfE-CS CS4). Entra smart lockout's default (10 attempts, 60 seconds) meets it; the device limits come
/// from the Windows and iPad baselines.
/// </summary>
public sealed class LockoutRule : IRule
{
    public string Id => "pwd-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var max = control.IntParameter("maxAttempts", 10);
        var devices = context.Config.Devices;
        var result = new FindingBuilder(control.Id, devices?.Span ?? context.Config.Identity.Span);
        result.Evidence("Entra smart lockout locks an account after 10 failed sign-ins (Microsoft's default).");
        if (devices?.Windows is { } windows)
        {
            if (windows.MaxFailedSignIns > max)
            {
                result.NotMet("windowsLockout", windows.Span, $"Windows devices allow {Wording.Number(windows.MaxFailedSignIns)} failed sign-ins before locking, more than {Wording.Number(max)}.",
                    $"set maxFailedSignIns to {Wording.Number(max)} or fewer", SchoolRole.ItProvider);
            }
            else
            {
                result.Evidence($"Windows devices lock after {Wording.Number(windows.MaxFailedSignIns)} failed sign-ins.");
            }
        }

        if (devices?.Ipads is { } ipads)
        {
            if (ipads.Passcode.MaxFailedAttempts > max)
            {
                result.NotMet("ipadLockout", ipads.Passcode.Span.IsKnown ? ipads.Passcode.Span : ipads.Span, $"iPads allow {Wording.Number(ipads.Passcode.MaxFailedAttempts)} wrong passcodes, more than {Wording.Number(max)}.",
                    $"set passcode maxFailedAttempts to {Wording.Number(max)} or fewer", SchoolRole.ItProvider);
            }
            else
            {
                result.Evidence($"iPads lock after {Wording.Number(ipads.Passcode.MaxFailedAttempts)} wrong passcodes.");
            }
        }

        result.TenantNotObserved("smart lockout has not been loosened and the device policies are applied");
        return result.Build($"Accounts and devices lock after at most {Wording.Number(max)} wrong guesses.");
    }
}
