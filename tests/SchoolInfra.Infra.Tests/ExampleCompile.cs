using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Infra.Compile;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Tests;

/// <summary>Compiles the example school, or a small edit of its stack file, and reads properties of the result.</summary>
internal static class ExampleCompile
{
    public static string Text => ExampleSchool.Text;

    /// <summary>The example with <paramref name="find"/>, which must occur exactly once, replaced.</summary>
    public static string With(string text, string find, string replacement) => ExampleSchool.Edit(text, find, replacement);

    /// <summary>The example without the lines from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static string Without(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"the example no longer has {from} before {to}");
        return text.Remove(start, end - start);
    }

    /// <summary>Compiles <paramref name="text"/> (default: the example as it is) and fails the test on any error.</summary>
    public static CompileResult Compile(string? text = null)
    {
        var bag = new DiagnosticBag();
        var source = StackFileReader.Parse(text ?? Text, ExampleSchool.StackFileDisplay, ExampleSchool.Stack, bag);
        Assert.NotNull(source);
        var result = SchoolCompiler.Compile(source, ExampleSchool.Today, ExampleSchool.Files, bag);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.Format())));
        return result;
    }

    public static DesiredState State(string? text = null) => Compile(text).State ?? throw new InvalidOperationException("no desired state");

    public static DesiredResource Resource(this DesiredState state, string logicalName) =>
        state.Find(logicalName) ?? throw new Xunit.Sdk.XunitException($"no resource \"{logicalName}\"");

    /// <summary>The value at a property path, e.g. <c>("properties", "redundancySettings", "crossRegionRestore")</c>.</summary>
    public static PulumiValue At(this DesiredResource resource, params string[] path)
    {
        PulumiValue value = resource.Properties;
        foreach (var key in path)
        {
            value = (value as PulumiObject)?[key] ?? throw new Xunit.Sdk.XunitException($"{resource.LogicalName} has no {string.Join(".", path)}");
        }

        return value;
    }

    public static string TextAt(this DesiredResource resource, params string[] path) => resource.At(path) switch
    {
        PulumiText text => text.Value,
        PulumiExpression expression => expression.Expression,
        var other => throw new Xunit.Sdk.XunitException($"{resource.LogicalName}.{string.Join(".", path)} is {other.GetType().Name}, not text"),
    };

    public static long NumberAt(this DesiredResource resource, params string[] path) =>
        Assert.IsType<PulumiNumber>(resource.At(path)).Value;
}
