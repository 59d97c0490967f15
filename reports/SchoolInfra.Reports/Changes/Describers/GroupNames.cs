using SchoolInfra.Core.Model;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Group keys as their display names, looked up in the new settings first, then the old.</summary>
internal sealed class GroupNames(SchoolConfig before, SchoolConfig after)
{
    /// <summary>Screens reasons against the names the new settings use.</summary>
    public ReasonScreen Reasons { get; } = ReasonScreen.For(after);

    public string Of(string key) =>
        after.Identity.Groups.FirstOrDefault(g => g.Key == key)?.DisplayName
        ?? before.Identity.Groups.FirstOrDefault(g => g.Key == key)?.DisplayName
        ?? key;

    /// <summary>"Year 5 pupils and Year 6 pupils".</summary>
    public string List(IEnumerable<string> keys) => EnglishList.Join(keys.Select(Of));
}
