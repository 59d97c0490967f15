using System.Text;
using SchoolInfra.Reports.Pdf;

namespace SchoolInfra.Reports.Tests.Pdf;

public sealed class PdfPageCounterTests
{
    private static byte[] Pdf(string body) => Encoding.Latin1.GetBytes("%PDF-1.4\n" + body);

    [Fact]
    public void Count_PageObjects_IgnoresThePagesTreeAndPageLabels()
    {
        var pdf = Pdf("""
            1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R 4 0 R] /Count 3 >> endobj
            2 0 obj << /Type /Page /Parent 1 0 R >> endobj
            3 0 obj <</Type/Page/Parent 1 0 R>> endobj
            4 0 obj << /Type
            /Page >> endobj
            5 0 obj << /Type /PageLabel /S /D >> endobj
            """);

        Assert.Equal(3, PdfPageCounter.Count(pdf));
    }

    [Fact]
    public void LooksLikePdf_ChecksTheHeader()
    {
        Assert.True(PdfPageCounter.LooksLikePdf(Pdf("")));
        Assert.False(PdfPageCounter.LooksLikePdf("<html>"u8));
        Assert.False(PdfPageCounter.LooksLikePdf([]));
    }
}
