using System.Text.RegularExpressions;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Reads who approved a change from its <c>Approved-by:</c> trailers, as the school's named roles. A trailer is
/// matched against the names the school declared for its roles (case and spacing ignored, any <c>&lt;email&gt;</c>
/// dropped); a value that matches nobody is never repeated in a report, because it may be anyone's name.
/// </summary>
public static partial class ApproverMatcher
{
    /// <summary>The roles whose holder has this name; several when one person holds several roles.</summary>
    public static IReadOnlyList<SchoolRole> RolesOf(SchoolRoles roles, string trailerValue)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var name = Normalise(trailerValue);
        return name.Length == 0
            ? []
            : [.. RoleNames.All.Where(role => RoleNames.Holder(roles, role) is { } holder && Normalise(holder) == name)];
    }

    /// <summary>Whether a commit author's name is the approver's own (CHG-02: nobody approves their own change).</summary>
    public static bool SamePerson(string authorName, string trailerValue) =>
        Normalise(authorName).Length > 0 && Normalise(authorName) == Normalise(trailerValue);

    private static string Normalise(string value) =>
        Spaces().Replace(Email().Replace(value, " "), " ").Trim().ToUpperInvariant();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Email();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
