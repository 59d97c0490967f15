using System.Diagnostics.CodeAnalysis;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>
/// A Jamf Pro smart-group criterion read from plain text such as <c>Building is Main Site</c>: the inventory field,
/// the search type Jamf Pro accepts, and the value.
/// </summary>
public sealed record JamfCriterion(string Name, string SearchType, string Value)
{
    /// <summary>Search types of jamfpro_smart_mobile_device_group_v1 criteria that read naturally in a sentence.</summary>
    public static IReadOnlyList<string> SearchTypes { get; } =
    [
        "is", "is not", "has", "does not have", "member of", "not member of", "like", "not like",
        "greater than", "less than", "matches regex", "does not match regex",
    ];

    /// <summary>Reads <c>Field searchType Value</c>; the earliest search type wins, the longer one on a tie.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out JamfCriterion? criterion)
    {
        criterion = null;
        var best = -1;
        string? bestType = null;
        foreach (var type in SearchTypes)
        {
            var at = text.IndexOf($" {type} ", StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (best < 0 || at < best || (at == best && type.Length > bestType?.Length)))
            {
                best = at;
                bestType = type;
            }
        }

        if (bestType is null)
        {
            return false;
        }

        var name = text[..best].Trim();
        var value = text[(best + bestType.Length + 2)..].Trim();
        if (name.Length == 0 || value.Length == 0)
        {
            return false;
        }

        criterion = new JamfCriterion(name, bestType, value);
        return true;
    }
}
