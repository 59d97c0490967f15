using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Evidence.Tests.Records;

/// <summary>The example school's settings and records for the record tests, loaded once.</summary>
internal static class ExampleRecords
{
    private static readonly Lazy<(SchoolConfig Config, RecordSet Records)> Loaded = new(() =>
    {
        var bag = new DiagnosticBag();
        var records = RecordLoader.Load(ExampleSchool.Files, ExampleSchool.Stack, ExampleSchool.Today, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return (ExampleSchool.Config(), records);
    });

    public static LocalDate Today => ExampleSchool.Today;

    public static SchoolConfig Config => Loaded.Value.Config;

    public static RecordSet Records => Loaded.Value.Records;

    /// <summary>One record read from YAML as if it were a file in the records folder.</summary>
    public static SchoolRecord Record(string yaml)
    {
        var bag = new DiagnosticBag();
        var set = RecordLoader.Load([("schools/oakfield-primary/records/test.yaml", yaml)], new LocalDate(2099, 1, 1), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
        return Assert.Single(set.All);
    }
}
