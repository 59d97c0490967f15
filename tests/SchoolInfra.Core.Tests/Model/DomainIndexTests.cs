using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Core.Tests.Model;

public sealed class DomainIndexTests
{
    private static readonly string[] Domains =
    [
        "example.org", "www.example.org", "a.b.example.org", "b.example.org", "example.com", "xexample.org",
        "org", "youtube.com", "m.youtube.com", "music.youtube.com", "tube.com", "youtube.co.uk", "co.uk",
    ];

    [Fact]
    public void FirstOverlap_AgreesWithALinearScanForEveryPair()
    {
        // Every ordering of entries matters for "first": try each domain list rotated.
        for (var rotate = 0; rotate < Domains.Length; rotate++)
        {
            var entries = Domains.Skip(rotate).Concat(Domains.Take(rotate)).Take(7)
                .Select(d => new DomainEntry { Domain = d, Reason = "test entry" }).ToList();
            var index = new DomainIndex(entries);
            foreach (var probe in Domains.Append("unrelated.net").Append("WWW.EXAMPLE.ORG"))
            {
                var linear = entries.FirstOrDefault(e => DomainNames.Overlap(probe, e.Domain));
                Assert.Same(linear, index.FirstOverlap(probe));
            }
        }
    }
}
