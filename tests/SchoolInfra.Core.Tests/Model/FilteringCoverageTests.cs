using SchoolInfra.Core.Model.Filtering;

namespace SchoolInfra.Core.Tests.Model;

public sealed class FilteringCoverageTests
{
    private static readonly FilteringConfig Example = ExampleSchool.Config().Filtering!;

    [Fact]
    public void Covers_GlobalSecureAccess_HasNoExtremismOrProxyCategory()
    {
        Assert.False(FilteringCoverage.Covers(Example, FilteringBackend.GlobalSecureAccess, FilteringNeed.BlockCategory(ContentCategory.Extremism)));
        Assert.False(FilteringCoverage.Covers(Example, FilteringBackend.GlobalSecureAccess, FilteringNeed.BlockCategory(ContentCategory.ProxyAndVpn)));
        Assert.True(FilteringCoverage.Covers(Example, FilteringBackend.GlobalSecureAccess, FilteringNeed.BlockCategory(ContentCategory.Pornography)));
    }

    [Fact]
    public void Covers_IllegalContent_OnlyAnAccreditedUpstreamFilter()
    {
        Assert.True(FilteringCoverage.Covers(Example, FilteringBackend.Upstream, FilteringNeed.IllegalContent));
        Assert.False(FilteringCoverage.Covers(Example, FilteringBackend.GlobalSecureAccess, FilteringNeed.IllegalContent));
        var notIwf = Example with { Upstream = Example.Upstream! with { IwfMember = false } };
        Assert.False(FilteringCoverage.Covers(notIwf, FilteringBackend.Upstream, FilteringNeed.IllegalContent));
    }

    [Fact]
    public void Covers_UndeclaredBackend_CoversNothing()
    {
        var off = Example with { GlobalSecureAccess = Example.GlobalSecureAccess! with { Enabled = false } };
        Assert.False(FilteringCoverage.Covers(off, FilteringBackend.GlobalSecureAccess, FilteringNeed.BlockList));
        Assert.False(FilteringCoverage.Covers(Example, FilteringBackend.AzureDns, FilteringNeed.BlockList));
    }

    [Fact]
    public void NeedsOf_AlwaysAsksForIllegalContentAndSafeSearch()
    {
        var staff = Example.Profiles.Single(p => p.Key == "staff");
        var needs = FilteringCoverage.NeedsOf(staff, hasExceptions: false);
        Assert.Contains(FilteringNeed.IllegalContent, needs);
        Assert.Contains(FilteringNeed.SafeSearch, needs);
        Assert.DoesNotContain(FilteringNeed.AllowList, needs);
        Assert.Contains(FilteringNeed.AllowList, FilteringCoverage.NeedsOf(staff, hasExceptions: true));
    }

    [Theory]
    [InlineData("youtube.com", "youtube.com", true)]
    [InlineData("www.youtube.com", "youtube.com", true)]
    [InlineData("youtube.com", "m.YouTube.com", true)]
    [InlineData("notyoutube.com", "youtube.com", false)]
    [InlineData("youtube.co", "youtube.com", false)]
    public void Overlap_CoversSubdomainsEitherWay(string a, string b, bool overlap) => Assert.Equal(overlap, DomainNames.Overlap(a, b));

    [Fact]
    public void GlobalSecureAccessCategories_EveryUksicCategoryExceptExtremismHasANameOrANote()
    {
        var uksic = new[]
        {
            ContentCategory.Discrimination, ContentCategory.DrugsSubstanceAbuse, ContentCategory.Gambling, ContentCategory.HateSpeech,
            ContentCategory.MalwareHacking, ContentCategory.Pornography, ContentCategory.PiracyCopyrightTheft, ContentCategory.SelfHarm,
            ContentCategory.Violence,
        };
        Assert.All(uksic, c => Assert.NotEmpty(GlobalSecureAccessCategories.For(c)));
        Assert.Empty(GlobalSecureAccessCategories.For(ContentCategory.Extremism));
    }
}
