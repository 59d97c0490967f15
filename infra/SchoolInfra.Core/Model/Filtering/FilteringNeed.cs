using SchoolInfra.Core.Config;

namespace SchoolInfra.Core.Model.Filtering;

/// <summary>
/// One thing a profile asks its backends to enforce: a feature such as safe search, or one blocked category.
/// Validation checks that some declared backend of the profile covers each need; the builder states which
/// backend a need is delegated to when another backend of the same profile cannot enforce it.
/// </summary>
public sealed record FilteringNeed(FilterFeature Feature, ContentCategory? Category = null)
{
    public static FilteringNeed IllegalContent { get; } = new(FilterFeature.IllegalContent);

    public static FilteringNeed SafeSearch { get; } = new(FilterFeature.SafeSearch);

    public static FilteringNeed BlockList { get; } = new(FilterFeature.BlockList);

    public static FilteringNeed AllowList { get; } = new(FilterFeature.AllowList);

    public static FilteringNeed BlockCategory(ContentCategory category) => new(FilterFeature.Categories, category);

    /// <summary>Plain words for messages, e.g. <c>the category "extremism"</c>.</summary>
    public string Describe() => Category is { } category
        ? $"the category \"{ConfigNaming.EnumValue(category)}\""
        : Feature switch
        {
            FilterFeature.IllegalContent => "the illegal-content lists (IWF, CTIRU)",
            FilterFeature.SafeSearch => "safe search",
            FilterFeature.BlockList => "the block list",
            FilterFeature.AllowList => "the allow list and exceptions",
            _ => ConfigNaming.EnumValue(Feature),
        };
}
