using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Identity;

public sealed record PasswordPolicy : ConfigRecord
{
    [Description("Minimum length of staff passwords (PWD-01). NCSC and Cyber Essentials favour length: default 12.")]
    [Range(8, 64)]
    public int StaffMinLength { get; init; } = 12;

    [Description("Where staff passwords are set: cloud (Entra only, fixed minimum 8), adDs (synced from Active Directory) or otherIdentityProvider.")]
    public StaffAccountSource StaffAccountSource { get; init; } = StaffAccountSource.Cloud;

    [Description("Demand symbols and mixed case as well as length. NCSC advises against it.")]
    public bool ExtraComplexity { get; init; }

    [Description("Days before passwords expire; leave out for no routine expiry (NCSC, PWD-04).")]
    [Range(30, 3650)]
    public int? ExpiryDays { get; init; }

    [Description("Extra words to ban in passwords (the school's name, town and mascot are added automatically).")]
    public ImmutableArray<string> BannedWords { get; init; } = [];
}
