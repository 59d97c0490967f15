using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Inputs;

namespace SchoolInfra.Evidence.Tests.Inputs;

/// <summary>
/// Evidence files (Pulumi's JSON, stack state, saved drift results) are read through Core's safe reader: an ordinary
/// file inside the repository, at most 256 MiB, and every refusal a located error.
/// </summary>
public sealed class EvidenceFileTests : IDisposable
{
    private readonly TemporaryDirectory _repo = TemporaryDirectory.Create("schoolinfra-evidence-");
    private readonly TemporaryDirectory _outside = TemporaryDirectory.Create("schoolinfra-outside-");

    private SafeFileReader Reader => new(_repo.Path);

    public void Dispose()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void ReadBytes_FileInsideTheRepository_GivesItsBytes()
    {
        var path = _repo.WriteFile("live/refresh.json", "{\"steps\": []}");
        var bag = new DiagnosticBag();
        Assert.Equal("{\"steps\": []}"u8.ToArray(), EvidenceFile.ReadBytes(Reader, path, "live/refresh.json", bag));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void ReadBytes_LinkToAFileOutsideTheRepository_IsRefusedWithSI1010()
    {
        var outside = _outside.WriteFile("refresh.json", "{\"steps\": []}");
        SpecialFiles.Link(_repo.Of("refresh.json"), outside);
        var error = Refused(_repo.Of("refresh.json"), "refresh.json");
        Assert.Equal(("SI1010", "refresh.json:1:1"), (error.Code, error.Location.ToString()));
        Assert.Equal("\"refresh.json\" is a link to a place outside the repository, so it was not read.", error.Message);
    }

    [Fact]
    public void ReadBytes_FileOutsideTheRepository_IsRefusedWithSI1010()
    {
        var outside = _outside.WriteFile("drift.json", "{}");
        var error = Refused(outside, "../outside/drift.json");
        Assert.Equal(("SI1010", "../outside/drift.json:1:1"), (error.Code, error.Location.ToString()));
        Assert.Equal("\"../outside/drift.json\" is outside the repository, so it was not read.", error.Message);
    }

    [Fact]
    public void ReadBytes_FileOverTheLimit_IsRefusedWithSI1004WithoutBeingRead()
    {
        var path = _repo.Of("huge.json");
        using (var file = File.Create(path))
        {
            // Sparse: the size is set, no data is written.
            file.SetLength((long)EvidenceFile.MaxBytes + 1);
        }

        var error = Refused(path, "huge.json");
        Assert.Equal(("SI1004", "huge.json:1:1"), (error.Code, error.Location.ToString()));
        Assert.Contains("over 256 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBytes_FileLargerThanASchoolFileButUnderTheLimit_IsRead()
    {
        var path = _repo.Of("big.json");
        File.WriteAllBytes(path, new byte[SafeFileReader.MaxBytes + 1]);
        var bag = new DiagnosticBag();
        Assert.Equal(SafeFileReader.MaxBytes + 1, EvidenceFile.ReadBytes(Reader, path, "big.json", bag)?.Length);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void ReadBytes_Folder_IsRefusedWithSI1011()
    {
        Directory.CreateDirectory(_repo.Of("refresh.json"));
        Assert.Equal("SI1011", Refused(_repo.Of("refresh.json"), "refresh.json").Code);
    }

    [Fact]
    public void ReadBytes_MissingFile_IsSI4001AtItsFirstLine()
    {
        var error = Refused(_repo.Of("refresh.json"), "refresh.json");
        Assert.Equal(("SI4001", "refresh.json:1:1"), (error.Code, error.Location.ToString()));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    private Diagnostic Refused(string path, string display)
    {
        var bag = new DiagnosticBag();
        Assert.Null(EvidenceFile.ReadBytes(Reader, path, display, bag));
        return Assert.Single(bag.ToSortedArray());
    }
}
