using SchoolInfra.Reports.Pdf;

namespace SchoolInfra.Reports.Tests.Pdf;

public sealed class ChromiumLocatorTests : IDisposable
{
    private readonly TemporaryDirectory _folder = TemporaryDirectory.Create();

    public void Dispose() => _folder.Dispose();

    private string Executable(string name) => _folder.WriteExecutable(name, "#!/bin/sh\n");

    [Fact]
    public void Locate_ChromiumOnSearchPath_IsFoundBeforeUsualFolders()
    {
        var chromium = Executable("chromium");

        Assert.Equal(chromium, ChromiumLocator.Locate(null, "/nonexistent:" + _folder.Path));
    }

    [Fact]
    public void Locate_OnlyChromiumBrowser_IsFound()
    {
        var chromium = Executable("chromium-browser");

        Assert.Equal(chromium, ChromiumLocator.Locate(null, _folder.Path, []));
    }

    [Fact]
    public void Locate_FileWithoutExecuteBit_IsSkipped()
    {
        _folder.WriteFile("chromium", "not a program");

        Assert.Throws<PdfPrintException>(() => ChromiumLocator.Locate(null, _folder.Path, []));
    }

    [Fact]
    public void Locate_ExplicitPath_WinsOverSearchPath()
    {
        Executable("chromium");
        var mine = Executable("my-chromium");

        Assert.Equal(mine, ChromiumLocator.Locate(mine, _folder.Path));
    }

    [Fact]
    public void Locate_ExplicitPathMissing_FailsWithInstallHint()
    {
        var error = Assert.Throws<PdfPrintException>(() => ChromiumLocator.Locate(_folder.Of("nope"), null));

        Assert.Contains("does not exist", error.Reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NoBrowserAnywhere_SaysWhereItLookedAndHowToInstall()
    {
        var error = Assert.Throws<PdfPrintException>(() => ChromiumLocator.Locate(null, _folder.Path, []));

        Assert.Contains(_folder.Path, error.Reason, StringComparison.Ordinal);
        Assert.Contains("chromium-browser", error.Reason, StringComparison.Ordinal);
        Assert.Contains("hint: install it with `apt-get install chromium`", error.Message, StringComparison.Ordinal);
    }
}
