using SchoolInfra.Infra.Formats;

namespace SchoolInfra.Infra.Tests.Formats;

public sealed class PlistWriterTests
{
    [Fact]
    public void Write_SortsDictionaryKeys_AndWritesAppleHeader()
    {
        var plist = PlistValue.Dictionary(
            ("zeta", PlistValue.Bool(false)),
            ("Alpha", PlistValue.Number(6)),
            ("list", PlistValue.Array(PlistValue.Text("a & <b>"))));

        Assert.Equal("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
            	<key>Alpha</key>
            	<integer>6</integer>
            	<key>list</key>
            	<array>
            		<string>a &amp; &lt;b&gt;</string>
            	</array>
            	<key>zeta</key>
            	<false/>
            </dict>
            </plist>

            """.Replace("\r\n", "\n", StringComparison.Ordinal), PlistWriter.Write(plist));
    }

    [Fact]
    public void Write_SameEntriesInAnyOrder_GivesTheSameBytes()
    {
        var one = PlistWriter.Write(PlistValue.Dictionary(("a", PlistValue.Number(1)), ("b", PlistValue.Text("x"))));
        var two = PlistWriter.Write(PlistValue.Dictionary(("b", PlistValue.Text("x")), ("a", PlistValue.Number(1))));

        Assert.Equal(one, two);
    }
}
