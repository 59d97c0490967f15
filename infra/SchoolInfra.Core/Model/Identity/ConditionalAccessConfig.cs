using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record ConditionalAccessConfig : ConfigRecord
{
    [Description("enabled, or reportOnly while a new rule is trialled (at most 30 days, MFA-04).")]
    public PolicyState State { get; init; } = PolicyState.Enabled;

    [Description("When report-only mode started; required with state reportOnly.")]
    public LocalDate? ReportOnlySince { get; init; }

    [Description("Require a compliant (managed, healthy) device for apps holding personal data (DEV-08).")]
    public bool RequireCompliantDeviceForPersonalData { get; init; }

    [Description("How often adults must sign in again, in hours (0 = Entra default).")]
    [Range(0, 720)]
    public int SignInFrequencyHours { get; init; }
}
