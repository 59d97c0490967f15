using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

/// <summary>
/// One problem of a control knowingly left for a while (CHG-05): the control, the problem it covers, reason, approver
/// role, dates. A waiver covers only the problem it names, never the rest of the control.
/// </summary>
public sealed record Waiver : ConfigRecord
{
    [Format(ValueFormat.ControlId)]
    public required string Control { get; init; }

    [Description("The key of the one problem this waiver covers, as validate prints it (e.g. classLogons). A waiver that names none covers nothing.")]
    [Format(ValueFormat.Key)]
    public string? Problem { get; init; }

    [StringLength(500, MinimumLength = 10)]
    public required string Reason { get; init; }

    public required SchoolRole ApprovedBy { get; init; }

    public required LocalDate ApprovedOn { get; init; }

    public required LocalDate ExpiresOn { get; init; }
}
