using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>What changes inside one filtering profile: who it covers and what it blocks.</summary>
internal static class FilteringProfileDescriber
{
    private const ChangeArea Area = ChangeArea.Filtering;

    public static void Describe(FilteringProfile old, FilteringProfile now, GroupNames groups, ChangeList changes)
    {
        var name = $"\"{now.Name}\"";
        var (joined, left) = KeyedPairs.Sets(old.Groups, now.Groups);
        if (joined.Count > 0)
        {
            changes.Add(Area, $"Applies the filtering profile {name} to {groups.List(joined)} too.", ["FIL-02"]);
        }

        if (left.Count > 0)
        {
            changes.Add(Area, $"No longer applies the filtering profile {name} to {groups.List(left)}.", ["FIL-02"]);
        }

        var (blocked, unblocked) = KeyedPairs.Sets(old.BlockedCategories, now.BlockedCategories);
        if (unblocked.Count > 0)
        {
            changes.Add(Area, $"Unblocks {EnglishList.Join(unblocked.Select(PlainNames.Of))} for {groups.List(now.Groups)} (profile {name}).", ["FIL-05"], RiskFlag.FilteringLoosened);
        }

        if (blocked.Count > 0)
        {
            changes.Add(Area, $"Blocks {EnglishList.Join(blocked.Select(PlainNames.Of))} for {groups.List(now.Groups)} (profile {name}).", ["FIL-05"]);
        }

        // Categories left open on purpose (staff and guests, FIL-05); their reasons stay in the settings file.
        var (opened, closed) = KeyedPairs.Sets(old.OpenCategories.Select(c => c.Category), now.OpenCategories.Select(c => c.Category));
        if (opened.Count > 0)
        {
            changes.Add(Area, $"Leaves {EnglishList.Join(opened.Select(PlainNames.Of))} open on purpose for {groups.List(now.Groups)} (profile {name}).", ["FIL-05"], RiskFlag.FilteringLoosened);
        }

        if (closed.Count > 0)
        {
            changes.Add(Area, $"No longer leaves {EnglishList.Join(closed.Select(PlainNames.Of))} open for {groups.List(now.Groups)} (profile {name}).", ["FIL-05"]);
        }

        var (blockedSites, unblockedSites) = KeyedPairs.Sets(old.BlockedDomains.Select(d => d.Domain), now.BlockedDomains.Select(d => d.Domain));
        foreach (var site in unblockedSites)
        {
            changes.Add(Area, $"Takes {site} off the block list of {name}.", ["FIL-10"], RiskFlag.FilteringLoosened);
        }

        foreach (var site in blockedSites)
        {
            changes.Add(Area, $"Blocks {site} for {groups.List(now.Groups)} (profile {name}).", ["FIL-10"]);
        }

        var (allowedSites, disallowedSites) = KeyedPairs.Sets(old.AllowedDomains.Select(d => d.Domain), now.AllowedDomains.Select(d => d.Domain));
        foreach (var site in allowedSites)
        {
            changes.Add(Area, $"Always allows {site} for {groups.List(now.Groups)} (profile {name}), with no end date.", ["FIL-10"], RiskFlag.FilteringLoosened);
        }

        foreach (var site in disallowedSites)
        {
            changes.Add(Area, $"Takes {site} off the always-allowed list of {name}.", ["FIL-10"]);
        }

        if (old.SafeSearch != now.SafeSearch)
        {
            var looser = now.SafeSearch == SafeSearchLevel.Moderate;
            changes.Add(Area, $"Sets safe search to {PlainNames.Of(now.SafeSearch)} for {groups.List(now.Groups)} (was {PlainNames.Of(old.SafeSearch)}).",
                ["FIL-06"], looser ? [RiskFlag.FilteringLoosened] : []);
        }

        if (old.YouTube != now.YouTube)
        {
            var looser = now.YouTube == SafeSearchLevel.Moderate;
            changes.Add(Area, $"Sets YouTube's restricted mode to {PlainNames.Of(now.YouTube)} for {groups.List(now.Groups)} (was {PlainNames.Of(old.YouTube)}).",
                ["FIL-06"], looser ? [RiskFlag.FilteringLoosened] : []);
        }

        var (backends, lostBackends) = KeyedPairs.Sets(old.EnforcedBy, now.EnforcedBy);
        if (lostBackends.Count > 0)
        {
            changes.Add(Area, $"{Sentences.Capitalise(EnglishList.Join(lostBackends.Select(PlainNames.Of)))} will no longer enforce the profile {name}.", ["FIL-01", "FIL-08"], RiskFlag.FilteringLoosened);
        }

        if (backends.Count > 0)
        {
            changes.Add(Area, $"{Sentences.Capitalise(EnglishList.Join(backends.Select(PlainNames.Of)))} will also enforce the profile {name}.", ["FIL-01", "FIL-08"]);
        }
    }

}
