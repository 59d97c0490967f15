using SchoolInfra.Core.Model;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>Profiles, categories, block and allow lists, backends, connections and exceptions.</summary>
internal static class FilteringChangeDescriber
{
    private const ChangeArea Area = ChangeArea.Filtering;

    public static void Describe(SchoolConfig before, SchoolConfig after, ChangeList changes)
    {
        var groups = new GroupNames(before, after);
        switch (before.Filtering, after.Filtering)
        {
            case (null, null):
                return;
            case (null, not null):
                changes.Add(Area, "Adds the school's filtering settings.", ["FIL-01", "FIL-02"]);
                return;
            case (not null, null):
                changes.Add(Area, "Removes all of the school's filtering settings.", ["FIL-01"], RiskFlag.FilteringLoosened);
                return;
            case ({ } b, { } a):
                DescribeChoices(b, a, changes);
                DescribeUpstream(b.Upstream, a.Upstream, changes);
                DescribeDeviceFiltering(b, a, changes);
                DescribeConnections(b, a, changes);
                DescribeProfiles(b, a, groups, changes);
                FilteringExceptionDescriber.Describe(b, a, groups, changes);
                return;
        }
    }

    private static void DescribeChoices(FilteringConfig b, FilteringConfig a, ChangeList changes)
    {
        if (b.Differentiation != a.Differentiation)
        {
            if (a.Differentiation == Differentiation.Uniform)
            {
                changes.Add(Area, "Uses one filtering profile for everyone instead of profiles that fit each group.", ["FIL-02"], RiskFlag.FilteringLoosened);
            }
            else
            {
                changes.Add(Area, "Uses filtering profiles that fit each group instead of one for everyone.", ["FIL-02"]);
            }
        }

        if (b.DslMayApprove != a.DslMayApprove)
        {
            changes.Add(Area, a.DslMayApprove
                    ? "Lets the designated safeguarding lead approve filtering exceptions too."
                    : "Only the headteacher and the second responsible person will approve filtering exceptions.",
                ["FIL-10", "CHG-01"], a.DslMayApprove ? [RiskFlag.ApproversChanged] : []);
        }
    }

    private static void DescribeUpstream(UpstreamFilter? b, UpstreamFilter? a, ChangeList changes)
    {
        if (b is null || a is null)
        {
            if (a is not null)
            {
                changes.Add(Area, $"Declares {a.Provider} as the filter on the school's internet line.", ["FIL-01", "FIL-03"]);
            }
            else if (b is not null)
            {
                changes.Add(Area, $"Removes {b.Provider} as the filter on the school's internet line.", ["FIL-01", "FIL-03"], RiskFlag.FilteringLoosened);
            }

            return;
        }

        if (b.Provider != a.Provider)
        {
            changes.Add(Area, $"Changes the filter on the school's internet line from {b.Provider} to {a.Provider}.", ["FIL-01", "FIL-03"]);
        }

        if (b.IwfMember != a.IwfMember)
        {
            changes.Add(Area, a.IwfMember
                    ? $"Records that {a.Provider} blocks the Internet Watch Foundation's child abuse list."
                    : $"Records that {a.Provider} no longer blocks the Internet Watch Foundation's child abuse list.",
                ["FIL-03", "FIL-04"], a.IwfMember ? [] : [RiskFlag.FilteringLoosened]);
        }

        if (b.CtiruList != a.CtiruList)
        {
            changes.Add(Area, a.CtiruList
                    ? $"Records that {a.Provider} blocks the police list of terrorist content."
                    : $"Records that {a.Provider} no longer blocks the police list of terrorist content.",
                ["FIL-03", "FIL-04"], a.CtiruList ? [] : [RiskFlag.FilteringLoosened]);
        }

        var (features, lostFeatures) = KeyedPairs.Sets(b.Enforces, a.Enforces);
        if (lostFeatures.Count > 0)
        {
            changes.Add(Area, $"{a.Provider} will no longer provide {EnglishList.Join(lostFeatures.Select(PlainNames.Of))}.", ["FIL-01"], RiskFlag.FilteringLoosened);
        }

        if (features.Count > 0)
        {
            changes.Add(Area, $"{a.Provider} will also provide {EnglishList.Join(features.Select(PlainNames.Of))}.", ["FIL-01"]);
        }

        var (blocked, unblocked) = KeyedPairs.Sets(b.BlockedCategories, a.BlockedCategories);
        if (unblocked.Count > 0)
        {
            changes.Add(Area, $"{a.Provider} will stop blocking {EnglishList.Join(unblocked.Select(PlainNames.Of))} for everyone.", ["FIL-05"], RiskFlag.FilteringLoosened);
        }

        if (blocked.Count > 0)
        {
            changes.Add(Area, $"{a.Provider} will also block {EnglishList.Join(blocked.Select(PlainNames.Of))} for everyone.", ["FIL-05"]);
        }

        if (b.LastChecked != a.LastChecked)
        {
            changes.Add(Area, $"Records the check of {a.Provider} made on {DisplayDates.Format(a.LastChecked)}.", ["FIL-03", "REV-02"]);
        }
    }

    private static void DescribeDeviceFiltering(FilteringConfig b, FilteringConfig a, ChangeList changes)
    {
        var wasOn = b.GlobalSecureAccess is { Enabled: true };
        var isOn = a.GlobalSecureAccess is { Enabled: true };
        if (wasOn != isOn)
        {
            changes.Add(Area, isOn
                    ? "Turns on filtering on school devices wherever they are (Global Secure Access)."
                    : "Turns off filtering on school devices wherever they are (Global Secure Access).",
                ["FIL-01", "FIL-08"], isOn ? [] : [RiskFlag.FilteringLoosened]);
        }
        else if (isOn && b.GlobalSecureAccess?.TrafficLogging != a.GlobalSecureAccess?.TrafficLogging)
        {
            var logging = a.GlobalSecureAccess?.TrafficLogging == true;
            changes.Add(Area, logging
                    ? "Logs each blocked site on school devices with the person and device."
                    : "Stops logging blocked sites on school devices with the person and device.",
                ["FIL-12"], logging ? [] : [RiskFlag.LoggingReduced]);
        }

        if ((b.AzureDns is null) != (a.AzureDns is null))
        {
            changes.Add(Area, a.AzureDns is null
                    ? "Removes DNS filtering from the school's Azure networks."
                    : "Adds DNS filtering to the school's Azure networks.",
                ["FIL-01"], a.AzureDns is null ? [RiskFlag.FilteringLoosened] : []);
        }
    }

    private static void DescribeConnections(FilteringConfig b, FilteringConfig a, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Connections, a.Connections, c => c.Key);
        foreach (var connection in added)
        {
            changes.Add(Area, $"Adds the internet connection \"{connection.Name}\", filtered by {PlainNames.Of(connection.FilteredBy)}.", ["FIL-09"]);
        }

        foreach (var connection in removed)
        {
            changes.Add(Area, $"Removes the internet connection \"{connection.Name}\".", ["FIL-09"]);
        }

        foreach (var (old, now) in kept.Where(k => k.Before.FilteredBy != k.After.FilteredBy))
        {
            changes.Add(Area, $"The internet connection \"{now.Name}\" will be filtered by {PlainNames.Of(now.FilteredBy)} instead of {PlainNames.Of(old.FilteredBy)}.", ["FIL-09"]);
        }
    }

    private static void DescribeProfiles(FilteringConfig b, FilteringConfig a, GroupNames groups, ChangeList changes)
    {
        var (added, removed, kept) = KeyedPairs.Match(b.Profiles, a.Profiles, p => p.Key);
        foreach (var profile in added)
        {
            changes.Add(Area, $"Adds the filtering profile \"{profile.Name}\" for {groups.List(profile.Groups)}.", ["FIL-02", "FIL-05"]);
        }

        foreach (var profile in removed)
        {
            changes.Add(Area, $"Removes the filtering profile \"{profile.Name}\".", ["FIL-01", "FIL-02"], RiskFlag.FilteringLoosened);
        }

        foreach (var (old, now) in kept)
        {
            FilteringProfileDescriber.Describe(old, now, groups, changes);
        }
    }
}
