using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// The roles the standards name, in plain words, and who holds them. Reports only ever show the names the school
/// declared for its roles (adults, by the school's choice of name or initials), never names from anywhere else.
/// </summary>
public static class RoleNames
{
    /// <summary>Every role, in the order reports list them.</summary>
    public static IReadOnlyList<SchoolRole> All { get; } = Enum.GetValues<SchoolRole>();

    /// <summary>"Headteacher", "Designated safeguarding lead".</summary>
    public static string Title(SchoolRole role) => role switch
    {
        SchoolRole.Headteacher => "Headteacher",
        SchoolRole.SecondResponsiblePerson => "Second responsible person",
        SchoolRole.ChairOfGovernors => "Chair of governors",
        SchoolRole.ResponsibleGovernor => "Governor for filtering and monitoring",
        SchoolRole.SafeguardingGovernor => "Safeguarding governor",
        SchoolRole.FmSltLead => "Senior leader for filtering and monitoring",
        SchoolRole.Dsl => "Designated safeguarding lead",
        SchoolRole.DeputyDsl => "Deputy safeguarding lead",
        SchoolRole.SltDigitalLead => "Senior leader for digital technology",
        SchoolRole.BusinessManager => "School business manager",
        SchoolRole.ItProvider => "IT provider",
        SchoolRole.Dpo => "Data protection officer",
        _ => role.ToString(),
    };

    /// <summary>"the headteacher", "the IT provider": the title as it reads inside a sentence.</summary>
    public static string InSentence(SchoolRole role) => role switch
    {
        SchoolRole.ItProvider => "the IT provider",
        _ => "the " + char.ToLowerInvariant(Title(role)[0]) + Title(role)[1..],
    };

    /// <summary>The name the school gave for the holder of <paramref name="role"/>, or null when nobody is named.</summary>
    public static string? Holder(SchoolRoles roles, SchoolRole role) =>
        role == SchoolRole.ItProvider ? roles.ItProvider?.Organisation : roles.HolderOf(role)?.Name;

    /// <summary>The job title the school gave, when it gave one.</summary>
    public static string? JobTitle(SchoolRoles roles, SchoolRole role) => roles.HolderOf(role)?.Title;

    /// <summary>"the headteacher (Mrs H. Ashcombe)", or just "the headteacher" when nobody is named.</summary>
    public static string WithHolder(SchoolRoles roles, SchoolRole role) =>
        Holder(roles, role) is { } name ? $"{InSentence(role)} ({name})" : InSentence(role);

    /// <summary>As <see cref="WithHolder"/>, starting with a capital letter.</summary>
    public static string WithHolderCapitalised(SchoolRoles roles, SchoolRole role)
    {
        var text = WithHolder(roles, role);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
