using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Http;
using SchoolInfra.Evidence.Observe.Snapshot;

namespace SchoolInfra.Evidence.Tests.Tenant;

public sealed class SnapshotFileTests
{
    [Fact]
    public void Write_ThenRead_GivesTheSameSnapshotAndBytes()
    {
        using var folder = TemporaryDirectory.Create();
        var path = folder.Of("schools/sample-primary/live/tenant.json");
        var snapshot = SampleTenant.Snapshot();

        SnapshotFile.Write(path, snapshot);
        var diagnostics = new DiagnosticBag();
        var read = SnapshotFile.Read(new SafeFileReader(folder.Path), path, "tenant.json", diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(File.ReadAllText(path), SnapshotFile.Serialise(read!));
        Assert.EndsWith("}\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Serialise_ShuffledSets_GivesOneOrder()
    {
        var snapshot = SampleTenant.Snapshot(extraRules: 5);
        var shuffled = snapshot with { SignInRules = [.. snapshot.SignInRules.Reverse()], RoleHolders = [.. snapshot.RoleHolders.Reverse()] };

        Assert.Equal(SnapshotFile.Serialise(snapshot), SnapshotFile.Serialise(shuffled));
    }

    [Fact]
    public void Serialise_KeepsNoTimestampOrVersionThatChangesOnEveryRead()
    {
        var text = SnapshotFile.Serialise(SampleTenant.Snapshot());

        Assert.DoesNotContain("modifiedDateTime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("createdDateTime", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@odata", text, StringComparison.Ordinal);
        Assert.DoesNotContain("versionLock", text, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", text, StringComparison.Ordinal);
        Assert.Contains("\"readAt\": \"2026-11-30T06:00:00Z\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2}", "SI4111")]
    [InlineData("{\"schemaVersion\": \"1\"}", "SI4111")]
    [InlineData("{\"toolVersion\": \"1.0.0\"}", "SI4110")]
    [InlineData("{\"schemaVersion\": 1, \"toolVersion\": ", "SI4110")]
    [InlineData("[1, 2]", "SI4110")]
    public void Parse_UnknownVersionOrBrokenFile_IsAnError(string json, string code)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(SnapshotFile.Parse(json, "tenant.json", diagnostics));
        Assert.Equal(code, Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    [Fact]
    public void Parse_UnknownField_IsAnErrorNotIgnored()
    {
        var text = SnapshotFile.Serialise(SampleTenant.Snapshot()).Replace("\"stack\":", "\"stak\": \"x\", \"stack\":", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();

        Assert.Null(SnapshotFile.Parse(text, "tenant.json", diagnostics));
        Assert.Equal("SI4110", Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    [Fact]
    public void Read_ALinkLeadingOutOfTheRepository_IsRefusedBeforeReading()
    {
        using var repository = TemporaryDirectory.Create();
        using var outside = TemporaryDirectory.Create();
        var target = outside.Of("tenant.json");
        SnapshotFile.Write(target, SampleTenant.Snapshot());
        var link = repository.Of("schools/sample-primary/live/tenant.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);
        var diagnostics = new DiagnosticBag();

        Assert.Null(SnapshotFile.Read(new SafeFileReader(repository.Path), link, "schools/sample-primary/live/tenant.json", diagnostics));
        Assert.Equal("SI1010", Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    [Fact]
    public void Read_MissingFile_IsAnError()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(SnapshotFile.Read(new SafeFileReader("/nonexistent"), "/nonexistent/tenant.json", "tenant.json", diagnostics));
        Assert.Equal("SI4110", Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com", true)]
    [InlineData("https://graph.microsoft.us/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("http://graph.microsoft.com", false)]
    [InlineData("http://10.0.0.5/", false)]
    [InlineData("https://user:pass@graph.example/", false)]
    [InlineData("ftp://graph.example/", false)]
    [InlineData("graph.microsoft.com", false)]
    public void EndpointRule_PlainHttpOnlyOnLoopback(string endpoint, bool accepted) =>
        Assert.Equal(accepted, EndpointRule.Accept(endpoint) is not null);

    [Theory]
    [InlineData("5", 5000)]
    [InlineData("0.249", 249)]
    [InlineData(" 12 ", 12000)]
    [InlineData("Wed, 02 Dec 2026 10:00:30 GMT", 30000)]
    public void RetryAfter_ReadsSecondsDecimalsAndDates(string text, int ms) =>
        Assert.Equal(TimeSpan.FromMilliseconds(ms), RetryAfter.Parse(text, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-3")]
    [InlineData("NaN")]
    public void RetryAfter_Unusable_IsNull(string text) => Assert.Null(RetryAfter.Parse(text, DateTimeOffset.UnixEpoch));

    [Fact]
    public void Snapshot_AreaMissingFromTheFile_CountsAsUnknown()
    {
        var snapshot = SampleTenant.Snapshot() with { Areas = [] };

        Assert.Equal(ReadState.Unknown, snapshot.Area(ObservedArea.SignInRules).State);
        Assert.False(snapshot.IsComplete(ObservedArea.SignInRules));
    }
}
