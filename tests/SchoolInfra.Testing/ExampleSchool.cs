using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Validation;
using Xunit;

namespace SchoolInfra.Testing;

/// <summary>The bundled fictional example school, loaded the way the CLI loads it, on a fixed date.</summary>
public static class ExampleSchool
{
    public const string Stack = "oakfield-primary";

    public const string StackFileDisplay = "schools/Pulumi.oakfield-primary.yaml";

    /// <summary>The date every test of the example school runs on (the "today").</summary>
    public static LocalDate Today { get; } = new(2026, 11, 23);

    public static string StackFilePath => RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml");

    /// <summary>The example school's stack file as text.</summary>
    public static string Text { get; } = File.ReadAllText(StackFilePath);

    /// <summary>
    /// <paramref name="text"/> with <paramref name="find"/>, which must occur exactly once, replaced: bad inputs are
    /// made from a good one, and a test fails loudly when the example no longer holds what it edits.
    /// </summary>
    public static string Edit(string text, string find, string replacement)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"the example no longer contains: {find}");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"the example contains more than once: {find}");
        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + find.Length));
    }

    public static SchoolFiles Files => new(RepoPaths.Of("schools"), "schools", RepoPaths.Root);

    public static ConfigSource Source()
    {
        var bag = new DiagnosticBag();
        return StackFileReader.Read(new SafeFileReader(RepoPaths.Root), StackFilePath, StackFileDisplay, Stack, bag)
            ?? throw new InvalidOperationException("The example school does not load: " + string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
    }

    /// <summary>The validated config; fails the test if the example school has any error.</summary>
    public static SchoolConfig Config()
    {
        var validated = SchoolConfigValidator.Validate(Source(), Today, Files, new DiagnosticBag());
        if (validated.HasErrors || validated.Config is null)
        {
            throw new InvalidOperationException("The example school has errors: " + string.Join("\n", validated.Diagnostics.Select(d => d.Format())));
        }

        return validated.Config;
    }

    /// <summary>Reads a stack file given as text (for bad-input tests), named as <paramref name="display"/>.</summary>
    public static ValidatedConfig ValidateText(string yaml, string display = "Pulumi.test.yaml", SchoolFiles? files = null)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(yaml, display, "test", bag);
        return source is null
            ? new ValidatedConfig("test", null, bag.ToSortedArray())
            : SchoolConfigValidator.Validate(source, Today, files ?? Files, bag);
    }
}
