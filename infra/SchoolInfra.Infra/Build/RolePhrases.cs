using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Infra.Build;

/// <summary>Roles as a purpose line reads them ("IT provider and business manager"): roles, never people's names.</summary>
internal static class RolePhrases
{
    public static string Of(SchoolRole role) => role switch
    {
        SchoolRole.ItProvider => "IT provider",
        SchoolRole.Dsl => "DSL",
        SchoolRole.DeputyDsl => "deputy DSL",
        SchoolRole.FmSltLead => "filtering and monitoring lead",
        SchoolRole.SltDigitalLead => "digital lead",
        SchoolRole.Dpo => "DPO",
        _ => string.Concat(role.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    public static string List(IEnumerable<SchoolRole> roles) => string.Join(" and ", roles.Select(Of));
}
