using System.ComponentModel;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Core.Model.Identity;

/// <summary>A sealed emergency account (IAM-05). Referenced by its UPN; its credential never appears here.</summary>
public sealed record BreakGlassAccount : ConfigRecord
{
    [UniqueKey(RefKind.BreakGlassAccount)]
    [Format(ValueFormat.Key)]
    public required string Key { get; init; }

    [Description("Cloud-only account on the *.onmicrosoft.com domain.")]
    [Format(ValueFormat.UserPrincipalName)]
    public required string UserPrincipalName { get; init; }

    public required BreakGlassCredential Credential { get; init; }

    [Description("The role who keeps the sealed credential.")]
    public required SchoolRole Custodian { get; init; }
}
