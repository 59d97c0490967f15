using System.Globalization;
using System.Text;

namespace SchoolInfra.Testing;

/// <summary>
/// A large fictional school made from the example: a 3-form-entry school with extra class groups, filtering
/// block entries and approved exceptions. Used by benchmarks (and a test that proves it still compiles).
/// </summary>
public static class SyntheticSchool
{
    public static string Generate(string example, int groups, int filteringEntries, int exceptions)
    {
        var extraGroups = Math.Max(0, groups - CountOf(example, "      - key: ", "    breakGlass:"));
        var yaml = new StringBuilder(example);
        var classKeys = Enumerable.Range(1, extraGroups).Select(i => $"class{i:D2}").ToList();

        var groupText = new StringBuilder();
        foreach (var key in classKeys)
        {
            var year = 3 + (int.Parse(key[5..], CultureInfo.InvariantCulture) % 4);
            groupText.Append(CultureInfo.InvariantCulture, $"""
                      - key: {key}
                        displayName: Class {key[5..]} (Year {year})
                        kind: pupil
                        keyStage: {(year <= 4 ? "LKS2" : "UKS2")}
                        purpose: Individual pupil accounts for one class.
                        owner: headteacher
                        membershipRule: (user.extensionAttribute3 -eq "{key}")
                        access:
                          - {"{"} area: pupilOneDrive {"}"}

                """);
        }

        Insert(yaml, "    breakGlass:\n", groupText.ToString());
        Replace(yaml, "groups: [lowerKs2Pupils, year5Pupils, year6Pupils]", $"groups: [lowerKs2Pupils, year5Pupils, year6Pupils, {string.Join(", ", classKeys)}]");

        var blocks = new StringBuilder("        blockedDomains:\n");
        for (var i = 1; i <= filteringEntries; i++)
        {
            blocks.Append(CultureInfo.InvariantCulture, $"          - domain: blocked-site-{i:D4}.example\n            reason: Reported by a teacher as unsuitable for pupils.\n");
        }

        Replace(yaml, "        blockedDomains:\n          - domain: example-chat-game.example\n            reason: Unmoderated chat inside a game that pupils were using in lessons.\n", blocks.ToString());

        var exceptionText = new StringBuilder();
        for (var i = 1; i <= exceptions; i++)
        {
            var group = classKeys.Count > 0 ? classKeys[i % classKeys.Count] : "year6Pupils";
            exceptionText.Append(CultureInfo.InvariantCulture, $"""
                      - domain: lesson-resource-{i:D4}.example
                        groups: [{group}]
                        reason: A class topic uses this site for research this term.
                        requestedBy: Class teacher
                        approvedBy: headteacher
                        approvedOn: 2026-11-02
                        expiresOn: 2026-12-19

                """);
        }

        Insert(yaml, "  schoolinfra:backups:\n", exceptionText.ToString());
        return yaml.ToString();
    }

    private static int CountOf(string text, string marker, string until)
    {
        var groupsStart = text.IndexOf("    groups:\n", StringComparison.Ordinal);
        var end = text.IndexOf(until, StringComparison.Ordinal);
        var count = 0;
        for (var i = text.IndexOf(marker, groupsStart, StringComparison.Ordinal); i >= 0 && i < end; i = text.IndexOf(marker, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void Insert(StringBuilder yaml, string before, string text)
    {
        var at = yaml.ToString().IndexOf(before, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"marker not found: {before.Trim()}");
        }

        yaml.Insert(at, text);
    }

    private static void Replace(StringBuilder yaml, string from, string to)
    {
        if (!yaml.ToString().Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"text not found: {from.Trim()}");
        }

        yaml.Replace(from, to);
    }
}
