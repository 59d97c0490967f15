using System.Collections.Immutable;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>
/// Our UKSIC-based categories in Entra Internet Access (Global Secure Access) web category names, the ids the
/// Graph API and the microsoft365 provider's rule resource take (<c>web_categories</c>, passed through unchanged).
/// Names come from Microsoft's web category reference (Global Secure Access web content filtering categories)
/// and the Graph <c>networkAccess/connectivity/webCategories</c> list. A category with no entry here has no
/// Global Secure Access equivalent, so another backend of the profile must block it (FIL-05, FIL-07):
/// Global Secure Access has no extremism or terrorism category (that list is CTIRU's, run upstream), and
/// its "Anonymizers" category appears only in a preview Graph listing, not in the published reference.
/// </summary>
public static class GlobalSecureAccessCategories
{
    private static readonly ImmutableDictionary<ContentCategory, ImmutableArray<string>> Names =
        new Dictionary<ContentCategory, ImmutableArray<string>>
        {
            [ContentCategory.Discrimination] = ["HateAndIntolerance"],
            [ContentCategory.DrugsSubstanceAbuse] = ["IllegalDrug", "Marijuana"],
            [ContentCategory.Gambling] = ["Gambling"],
            [ContentCategory.HateSpeech] = ["HateAndIntolerance"],
            [ContentCategory.MalwareHacking] = ["CriminalActivity", "Hacking"],
            [ContentCategory.Pornography] = ["PornographyAndSexuallyExplicit"],
            [ContentCategory.PiracyCopyrightTheft] = ["IllegalSoftware"],
            [ContentCategory.SelfHarm] = ["SelfHarm"],
            [ContentCategory.Violence] = ["Violence"],
            [ContentCategory.SocialMedia] = ["SocialNetworking"],
            [ContentCategory.Chat] = ["Chat", "InstantMessaging"],
            [ContentCategory.Games] = ["Games"],
            [ContentCategory.Dating] = ["DatingAndPersonals"],
            [ContentCategory.Weapons] = ["Weapons"],
            [ContentCategory.Alcohol] = ["AlcoholAndTobacco"],
        }.ToImmutableDictionary();

    public static bool CanBlock(ContentCategory category) => Names.ContainsKey(category);

    /// <summary>The web category names for <paramref name="category"/>; empty when there is no equivalent.</summary>
    public static ImmutableArray<string> For(ContentCategory category) => Names.TryGetValue(category, out var names) ? names : [];
}
