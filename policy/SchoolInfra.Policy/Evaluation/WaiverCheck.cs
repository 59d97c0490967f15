using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Rules.ChangeControl;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>
/// Whether a waiver may stand today (CHG-05): it names a known control and the one problem it covers, is approved by
/// the right role (the headteacher; the chair of governors for a high-severity control), has started, has not
/// expired, and lasts at most 100 days.
/// </summary>
public static class WaiverCheck
{
    public const int MaxDays = 100;

    /// <summary>Why the waiver does not apply today, or null when it does.</summary>
    public static string? Problem(Waiver waiver, ControlCatalogue catalogue, LocalDate today)
    {
        var control = catalogue.Find(waiver.Control);
        if (control is null)
        {
            return $"The waiver for {waiver.Control} names no control in the catalogue.";
        }

        if (waiver.Problem is null)
        {
            return $"The waiver for {waiver.Control} does not name the problem it covers, so it covers none.";
        }

        var days = Period.Between(waiver.ApprovedOn, waiver.ExpiresOn, PeriodUnits.Days).Days;
        if (days > MaxDays)
        {
            return $"The waiver for {waiver.Control} lasts {Wording.Number(days)} days, longer than the {Wording.Number(MaxDays)} allowed.";
        }

        if (!MayApprove(waiver.ApprovedBy, control.Severity))
        {
            return $"The waiver for {waiver.Control} was approved by {Wording.Role(waiver.ApprovedBy)}, but a {(control.Severity == ControlSeverity.High ? "high-severity control needs the chair of governors" : "waiver needs the headteacher or the chair of governors")}.";
        }

        if (waiver.ApprovedOn > today)
        {
            return $"The waiver for {waiver.Control} is dated {Wording.Date(waiver.ApprovedOn)}, after today.";
        }

        return waiver.ExpiresOn < today ? $"The waiver for {waiver.Control} expired on {Wording.Date(waiver.ExpiresOn)}." : null;
    }

    /// <summary>CHG-05's approver rule, kept in <see cref="Approvers"/> with the others.</summary>
    public static bool MayApprove(SchoolRole role, ControlSeverity severity) => Approvers.MayApproveWaiver(role, severity);
}
