using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests;

/// <summary>The example school's stack file, and validation of edited copies of it (bad inputs made from a good one).</summary>
internal static class SchoolEdits
{
    public const string Stack = "oakfield-primary";
    public const string DisplayPath = "schools/Pulumi.oakfield-primary.yaml";

    public static LocalDate Today { get; } = new(2026, 11, 23);

    public static string Text { get; } = File.ReadAllText(RepoPaths.Of("schools", $"Pulumi.{Stack}.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static SchoolFiles Files { get; } = new(RepoPaths.Of("schools"), "schools");

    /// <summary>The example with <paramref name="original"/> replaced; fails the test if the text is not there exactly once.</summary>
    public static string With(string original, string replacement)
    {
        var at = Text.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0 && Text.IndexOf(original, at + 1, StringComparison.Ordinal) < 0, $"Expected once in the example school: {original}");
        return Text.Replace(original, replacement, StringComparison.Ordinal);
    }

    public static ValidatedConfig Validate(string text, SchoolFiles? files = null)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(text, DisplayPath, Stack, bag);
        Assert.NotNull(source);
        return SchoolConfigValidator.Validate(source, Today, files ?? Files, bag);
    }

    public static Diagnostic Single(ValidatedConfig validated, string code)
    {
        var found = validated.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got: {string.Join("\n", validated.Diagnostics.Select(d => d.Format()))}");
        return found[0];
    }
}
