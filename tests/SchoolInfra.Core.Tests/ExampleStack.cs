using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests;

/// <summary>Small edits of the example school's stack file for bad-input tests, validated as the CLI would.</summary>
internal static class ExampleStack
{
    public const string DisplayPath = ExampleSchool.StackFileDisplay;

    public static string Text { get; } = File.ReadAllText(ExampleSchool.StackFilePath);

    /// <summary>The example with <paramref name="find"/>, which must occur exactly once, replaced.</summary>
    public static string With(string find, string replacement) => With(Text, find, replacement);

    public static string With(string text, string find, string replacement)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"the example no longer contains: {find}");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"the example contains more than once: {find}");
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + find.Length));
    }

    /// <summary>The example with a waiver for <paramref name="control"/> added under schoolinfra:waivers.</summary>
    public static string WithWaiver(string text, string control, string approvedOn = "2026-11-02", string expiresOn = "2027-01-29") =>
        With(text, "  schoolinfra:waivers:\n", $"""
              schoolinfra:waivers:
                - control: {control}
                  reason: Agreed with governors while the new provider contract starts.
                  approvedBy: headteacher
                  approvedOn: {approvedOn}
                  expiresOn: {expiresOn}

            """);

    public static ValidatedConfig Validate(string text, LocalDate? today = null)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(text, DisplayPath, ExampleSchool.Stack, bag);
        Assert.NotNull(source);
        return SchoolConfigValidator.Validate(source, today ?? ExampleSchool.Today, ExampleSchool.Files, bag);
    }
}
