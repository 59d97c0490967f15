using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;

namespace SchoolInfra.Policy.Evaluation;

/// <summary>How findings write dates, roles and lists: the same words in every rule, culture-independent.</summary>
public static class Wording
{
    public static string Date(LocalDate date) => IsoDate.Format(date);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Role(SchoolRole role) => role switch
    {
        SchoolRole.Headteacher => "the headteacher",
        SchoolRole.SecondResponsiblePerson => "the second responsible person",
        SchoolRole.ChairOfGovernors => "the chair of governors",
        SchoolRole.ResponsibleGovernor => "the governor responsible for filtering and monitoring",
        SchoolRole.SafeguardingGovernor => "the safeguarding governor",
        SchoolRole.FmSltLead => "the senior leader for filtering and monitoring",
        SchoolRole.Dsl => "the designated safeguarding lead",
        SchoolRole.DeputyDsl => "the deputy safeguarding lead",
        SchoolRole.SltDigitalLead => "the senior leader for digital technology",
        SchoolRole.BusinessManager => "the school business manager",
        SchoolRole.ItProvider => "the IT provider",
        SchoolRole.Dpo => "the data protection officer",
        _ => role.ToString(),
    };

    /// <summary>A name as it reads inside a sentence: "Teaching staff" becomes "teaching staff", "IT administrators" stays.</summary>
    public static string InSentence(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "none",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    public static string Quoted(IEnumerable<string> items) => List(items.Select(i => $"\"{i}\""));

    public static string Plural(int count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";
}
