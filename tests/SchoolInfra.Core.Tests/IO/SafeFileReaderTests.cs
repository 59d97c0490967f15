using System.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;

namespace SchoolInfra.Core.Tests.IO;

public sealed class SafeFileReaderTests : IDisposable
{
    private readonly TemporaryDirectory _repo = TemporaryDirectory.Create();
    private readonly TemporaryDirectory _outside = TemporaryDirectory.Create();

    public void Dispose()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void ReadText_OrdinaryFile_IsRead()
    {
        var path = _repo.WriteFile("a.yaml", "a: b\n");

        Assert.Equal("a: b\n", Read(path, out var bag));
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void ReadText_ByteOrderMark_IsSkipped()
    {
        var path = _repo.Of("bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'a']);

        Assert.Equal("a", Read(path, out _));
    }

    [Fact]
    public void ReadText_LinkOutside_IsSI1010()
    {
        var secret = _outside.WriteFile("secret.txt", "secret");
        SpecialFiles.Link(_repo.Of("a.yaml"), secret);

        Assert.Null(Read(_repo.Of("a.yaml"), out var bag));
        Assert.Equal("SI1010", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_FolderLinkLeadingOutside_IsSI1010()
    {
        _outside.WriteFile("records/r.yaml", "secret");
        SpecialFiles.Link(_repo.Of("records"), _outside.Of("records"));

        Assert.Null(Read(_repo.Of("records/r.yaml"), out var bag));
        Assert.Equal("SI1010", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_RelativeLinkThatClimbsOut_IsSI1010()
    {
        SpecialFiles.Link(_repo.Of("a.yaml"), "../../../../../../../../etc/hostname");

        Assert.Null(Read(_repo.Of("a.yaml"), out var bag));
        Assert.Equal("SI1010", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_LinkInside_IsFollowed()
    {
        _repo.WriteFile("real/a.yaml", "inside");
        SpecialFiles.Link(_repo.Of("school/a.yaml"), "../real/a.yaml");

        Assert.Equal("inside", Read(_repo.Of("school/a.yaml"), out _));
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/zero")]
    public void ReadText_Device_IsRefused(string device)
    {
        // Seen from a repository rooted at / the device is inside, so only its kind refuses it.
        var reader = new SafeFileReader("/");
        var bag = new DiagnosticBag();

        Assert.Null(reader.ReadText(device, device, bag));
        Assert.Equal("SI1011", Assert.Single(bag.ToSortedArray()).Code);
        Assert.Contains("is a device, not an ordinary file", bag.ToSortedArray()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadText_Pipe_IsRefusedWithoutWaiting()
    {
        SpecialFiles.MakePipe(_repo.Of("pipe.yaml"));

        var bag = await Task.Run(() => Read(_repo.Of("pipe.yaml"), out var found) is null ? found : null).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("SI1011", Assert.Single(bag!.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_Missing_IsSI1005()
    {
        Assert.Null(Read(_repo.Of("none.yaml"), out var bag));
        Assert.Equal("SI1005", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_OverTheLimit_StopsAtTheLimit()
    {
        var path = _repo.WriteFile("big.yaml", new string('x', 2000));
        var bag = new DiagnosticBag();

        Assert.Null(new SafeFileReader(_repo.Path).ReadText(path, "big.yaml", bag, maxBytes: 1000));
        Assert.Equal("SI1004", Assert.Single(bag.ToSortedArray()).Code);
    }

    [Fact]
    public void ReadText_InvalidUtf8_IsSI1013AtItsLineAndColumn()
    {
        var path = _repo.Of("bad.yaml");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("a: b\ncé: "), 0xFF, (byte)'\n']);

        Assert.Null(Read(path, out var bag));
        var diagnostic = Assert.Single(bag.ToSortedArray());
        Assert.Equal("SI1013", diagnostic.Code);
        Assert.Equal("bad.yaml:2:5", diagnostic.Location.ToString());
    }

    [Fact]
    public void Check_ReadsNothingAndRefusesTheSameWay()
    {
        SpecialFiles.Link(_repo.Of("a.ps1"), _outside.WriteFile("x.ps1", "secret"));
        var bag = new DiagnosticBag();

        Assert.False(new SafeFileReader(_repo.Path).Check(_repo.Of("a.ps1"), "a.ps1", bag, SourceSpan.At("Pulumi.x.yaml", 7, 9)));
        Assert.Equal("Pulumi.x.yaml:7:9", Assert.Single(bag.ToSortedArray()).Location.ToString());
    }

    [Fact]
    public void List_FolderOutside_IsSI1010AndEmpty()
    {
        _outside.WriteFile("r.yaml", "secret");
        SpecialFiles.Link(_repo.Of("records"), _outside.Path);
        var bag = new DiagnosticBag();

        Assert.Empty(new SafeFileReader(_repo.Path).List(_repo.Of("records"), "records", "*.yaml", bag));
        Assert.Equal("SI1010", Assert.Single(bag.ToSortedArray()).Code);
    }

    private string? Read(string path, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        return new SafeFileReader(_repo.Path).ReadText(path, Path.GetFileName(path), bag);
    }
}
