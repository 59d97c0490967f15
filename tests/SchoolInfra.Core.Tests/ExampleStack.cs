using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Validation;

namespace SchoolInfra.Core.Tests;

/// <summary>Small edits of the example school's stack file for bad-input tests, validated as the CLI would.</summary>
internal static class ExampleStack
{
    public const string DisplayPath = ExampleSchool.StackFileDisplay;

    public static string Text => ExampleSchool.Text;

    /// <summary>The example with <paramref name="find"/>, which must occur exactly once, replaced.</summary>
    public static string With(string find, string replacement) => ExampleSchool.Edit(Text, find, replacement);

    public static string With(string text, string find, string replacement) => ExampleSchool.Edit(text, find, replacement);

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

    public static ValidatedConfig Validate(string text, LocalDate? today = null, SchoolFiles? files = null)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(text, DisplayPath, ExampleSchool.Stack, bag);
        Assert.NotNull(source);
        return SchoolConfigValidator.Validate(source, today ?? ExampleSchool.Today, files ?? ExampleSchool.Files, bag);
    }

    public static ValidatedConfig Validate(string text, SchoolFiles files) => Validate(text, null, files);

    /// <summary>The one diagnostic with <paramref name="code"/>; fails the test when there is none or several.</summary>
    public static Diagnostic Single(ValidatedConfig validated, string code)
    {
        var found = validated.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got: {string.Join("\n", validated.Diagnostics.Select(d => d.Format()))}");
        return found[0];
    }
}
