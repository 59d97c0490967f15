using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.School;

public sealed record SchoolProfile : ConfigRecord
{
    [Description("The school's full name, as governors know it.")]
    public required string Name { get; init; }

    [Description("A short name used at the start of every resource display name, e.g. \"Oakfield\".")]
    [StringLength(24, MinimumLength = 2)]
    public required string ShortName { get; init; }

    public required SchoolPhase Phase { get; init; }

    [Description("The school's Microsoft 365 domain.")]
    [Format(ValueFormat.Domain)]
    public required string TenantDomain { get; init; }

    [Description("Local authority or trust, if any (shown on reports).")]
    public string? LocalAuthority { get; init; }

    [Description("Azure region for the school's Azure resources.")]
    public string AzureLocation { get; init; } = "uksouth";

    [Description("Azure resource group that holds the school's vaults and workspace.")]
    [Format(ValueFormat.AzureName)]
    public required string ResourceGroup { get; init; }

    [Description("Microsoft licence: decides which controls can be enforced technically (Conditional Access needs Entra ID P1).")]
    public EntraLicence EntraLicence { get; init; } = EntraLicence.P1;
}
