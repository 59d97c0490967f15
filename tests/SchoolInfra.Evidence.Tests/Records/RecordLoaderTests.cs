using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Evidence.Tests.Records;

/// <summary>One bad-input case per SI27xx record code; and the example school's records all load.</summary>
public sealed class RecordLoaderTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    private static (RecordSet Records, Diagnostic[] Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var set = RecordLoader.Load([("schools/test/records/r.yaml", yaml)], Today, bag);
        return (set, bag.ToSortedArray().ToArray());
    }

    private static Diagnostic Only(string code, string yaml)
    {
        var d = Assert.Single(Load(yaml).Diagnostics, x => x.Code == code);
        Assert.Equal("schools/test/records/r.yaml", d.Location.File);
        Assert.True(d.Location.Line >= 1, "the diagnostic points at a line");
        return d;
    }

    [Fact]
    public void Load_GoodRecord_KeepsKindDateRoleAndFields()
    {
        var (set, diagnostics) = Load("kind: restore-test\ndate: 2026-10-21\nby: itProvider\nresult: pass\nminutes: 18\n");
        Assert.Empty(diagnostics);
        var record = Assert.Single(set.All);
        Assert.Equal(RecordKind.RestoreTest, record.Kind);
        Assert.Equal(new LocalDate(2026, 10, 21), record.Date);
        Assert.Equal(SchoolRole.ItProvider, record.By);
        Assert.Equal("pass", record.Text("result"));
        Assert.Equal(18, record.Number("minutes"));
        Assert.False(record.Fields.ContainsKey("kind"));
    }

    [Fact]
    public void Load_UnknownKind_IsAnErrorWithDidYouMean()
    {
        var d = Only("SI2711", "kind: restore-tset\ndate: 2026-10-21\nby: itProvider\n");
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("restore-test", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2026-10-21\nby: itProvider\n", "kind")]
    [InlineData("kind: restore-test\nby: itProvider\n", "date")]
    [InlineData("kind: restore-test\ndate: 2026-10-21\n", "by")]
    public void Load_MissingCommonField_IsReported(string yaml, string field) =>
        Assert.Contains($"\"{field}\"", Only("SI2712", yaml).Message, StringComparison.Ordinal);

    [Fact]
    public void Load_DateNotIso_IsReported() => Only("SI2713", "kind: restore-test\ndate: 21/10/2026\nby: itProvider\n");

    [Fact]
    public void Load_PersonInsteadOfRole_IsReported() => Only("SI2714", "kind: restore-test\ndate: 2026-10-21\nby: Mr Smith\n");

    [Fact]
    public void Load_RecordDatedTomorrow_IsAWarning() =>
        Assert.Equal(Severity.Warning, Only("SI2715", "kind: restore-test\ndate: 2026-11-24\nby: itProvider\n").Severity);

    [Fact]
    public void Load_RecordDatedMoreThanADayAhead_IsAnError() =>
        Assert.Equal(Severity.Error, Only("SI2803", "kind: restore-test\ndate: 2026-12-01\nby: itProvider\n").Severity);

    [Fact]
    public void Load_RecordBeforeTheEarliestDate_IsAnError()
    {
        var bag = new DiagnosticBag();
        RecordLoader.Load([("schools/test/records/r.yaml", "kind: restore-test\ndate: 2024-06-01\nby: itProvider\n")], Today, bag, new LocalDate(2025, 9, 1));
        Assert.Equal("SI2802", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void EarliestDate_IsTheSchoolYearBeforeTheFirstTerm()
    {
        Assert.Equal(new LocalDate(2025, 9, 1), RecordLoader.EarliestDate(ExampleSchool.Config().Terms));
        Assert.Equal(RecordLoader.Floor, RecordLoader.EarliestDate([]));
    }

    [Theory]
    [InlineData("result: maybe\n", "SI2805")]
    [InlineData("scope: everything\n", "SI2805")]
    [InlineData("minutes: -18\n", "SI2806")]
    [InlineData("minutes: 0\n", "SI2806")]
    [InlineData("minutes: soon\n", "SI2806")]
    public void Load_RestoreTestWithImpossibleValues_IsReported(string field, string code) =>
        Assert.Equal(Severity.Error, Only(code, "kind: restore-test\ndate: 2026-10-21\nby: itProvider\n" + field).Severity);

    [Fact]
    public void Load_FileNameDateDifferentFromTheRecord_IsReported()
    {
        var bag = new DiagnosticBag();
        RecordLoader.Load([("schools/test/records/2026-10-22-restore-test.yaml", "kind: restore-test\ndate: 2026-10-21\nby: itProvider\n")], Today, bag);
        Assert.Equal("SI2804", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void Load_RecordThatIsAList_IsReported() => Only("SI2716", "- kind: restore-test\n");

    [Fact]
    public void Load_ExampleSchoolRecords_HaveNoDiagnostics()
    {
        var bag = new DiagnosticBag();
        var set = RecordLoader.Load(ExampleSchool.Files, ExampleSchool.Stack, ExampleSchool.Today, bag);
        Assert.Empty(bag.ToSortedArray());
        Assert.True(set.All.Length >= 15);
        Assert.NotNull(set.Latest(RecordKind.FmCheck));
    }

    [Fact]
    public void Load_FilteringEvidenceNamedInTheStackFile_Exists() =>
        Assert.True(File.Exists(RepoPaths.Of("schools", "oakfield-primary", "records", "2026-10-06-fm-check.yaml")));
}
