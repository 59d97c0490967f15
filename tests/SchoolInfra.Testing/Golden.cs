using System.Text;
using Xunit.Sdk;

namespace SchoolInfra.Testing;

/// <summary>
/// Golden-file comparison. Expected files live under tests/golden/. The update switch is explicit:
/// SCHOOLINFRA_UPDATE_GOLDEN=1 rewrites expected files; with CI=true the switch makes the test fail instead.
/// </summary>
public static class Golden
{
    public const string UpdateVariable = "SCHOOLINFRA_UPDATE_GOLDEN";

    /// <summary>Compares <paramref name="actual"/> with tests/golden/<paramref name="relativePath"/>.</summary>
    public static void Matches(string relativePath, string actual) =>
        MatchesFile(RepoPaths.Of("tests", "golden", relativePath), "tests/golden/" + relativePath, actual);

    /// <summary>Compares <paramref name="actual"/> with a checked-in file anywhere in the repository (e.g. the generated schema).</summary>
    public static void MatchesRepoFile(string repoRelativePath, string actual) =>
        MatchesFile(RepoPaths.Of(repoRelativePath.Split('/')), repoRelativePath, actual);

    private static void MatchesFile(string path, string display, string actual)
    {
        actual = Normalise(actual);
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (update && ci)
        {
            throw new XunitException($"{UpdateVariable}=1 is not allowed in CI: golden files are never accepted automatically.");
        }

        if (update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"Golden file {display} does not exist.\nCreate it with: {UpdateVariable}=1 dotnet test");
        }

        var expected = Normalise(File.ReadAllText(path));
        if (expected == actual)
        {
            return;
        }

        throw new XunitException($"Output differs from {display}:\n{ShortDiff(expected, actual)}\n" +
            $"If the change is intended, review it and run: {UpdateVariable}=1 dotnet test");
    }

    private static string Normalise(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.EndsWith('\n') ? text : text + "\n";
    }

    /// <summary>The first differing lines with a little context, enough to see what moved.</summary>
    public static string ShortDiff(string expected, string actual, int maxLines = 12)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var sb = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < maxLines; i++)
        {
            var el = i < e.Length ? e[i] : null;
            var al = i < a.Length ? a[i] : null;
            if (el == al)
            {
                continue;
            }

            if (el is not null)
            {
                sb.Append("  line ").Append(i + 1).Append(" - ").AppendLine(el);
            }

            if (al is not null)
            {
                sb.Append("  line ").Append(i + 1).Append(" + ").AppendLine(al);
            }

            shown++;
        }

        return sb.ToString();
    }
}
