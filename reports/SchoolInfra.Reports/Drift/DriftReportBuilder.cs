using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Drift;

/// <summary>
/// Builds the drift report model from a drift result: one plain-English sentence per item, e.g. "The sign-in rule
/// \"Require MFA for staff\" was switched to report-only outside the pipeline. MFA-01 is not met until it is put
/// back; the next deploy puts it back. Who acts: the IT provider." Pure: the same result gives the same model.
/// </summary>
public static class DriftReportBuilder
{
    /// <summary>The hidden marker the drift workflow finds the school's issue by (never a title search).</summary>
    public static string Marker(string stack) => $"schoolinfra-drift:{stack}";

    public static DriftReport Build(DriftResult result, string schoolName, SchoolRoles roles)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(roles);
        var items = result.Items.Select((item, i) => Line(i + 1, item, roles)).ToImmutableArray();
        var headline = result.Items.Length switch
        {
            0 => "Everything that was read matches the stack file: nothing was changed outside the pipeline.",
            1 => "1 thing was found that does not match the stack file.",
            var n => $"{EnglishList.Count(n, "thing")} were found that do not match the stack file.",
        };

        return new DriftReport(
            Marker(result.Stack),
            schoolName,
            result.Stack,
            When(result.CheckedAt),
            EnglishList.Join(result.Sources.Select(Source)),
            result.HasDrift,
            headline,
            items,
            [.. result.Ignored.Select(Ignored)]);
    }

    /// <summary>The whole sentence for one item.</summary>
    public static string Sentence(DriftItem item, SchoolRoles roles)
    {
        ArgumentNullException.ThrowIfNull(item);
        var what = Sentences.Capitalise(DriftWording.WhatHappened(item));
        var controls = item.Controls;
        var consequence = item.Kind switch
        {
            _ when controls.IsEmpty => "No control depends on it",
            DriftKind.Unreadable => $"{EnglishList.Join(controls)} {(controls.Length == 1 ? "has" : "have")} no live evidence until it can be read",
            DriftKind.Unmanaged => $"{EnglishList.Join(controls)} {(controls.Length == 1 ? "is" : "are")} not met until it is removed or declared",
            _ => $"{EnglishList.Join(controls)} {(controls.Length == 1 ? "is" : "are")} not met until it is put back",
        };
        return $"{what} {consequence}; {NextDeploy(item.NextDeploy)}. Who acts: {RoleNames.WithHolder(roles, item.WhoActs)}.";
    }

    public static string NextDeploy(NextDeploy next) => next switch
    {
        Evidence.Drift.NextDeploy.PutsBack => "the next deploy puts it back",
        Evidence.Drift.NextDeploy.CreatesAgain => "the next deploy creates it again",
        Evidence.Drift.NextDeploy.Replaces => "the next deploy replaces it with a new one built from the stack file",
        Evidence.Drift.NextDeploy.LeavesAlone => "the next deploy leaves it as it is, so a person must act",
        _ => "run the drift check again once it can be read",
    };

    public static string Kind(DriftKind kind) => kind switch
    {
        DriftKind.ChangedOutsidePipeline => "Changed outside the pipeline",
        DriftKind.DeletedOutsidePipeline => "Deleted outside the pipeline",
        DriftKind.Unmanaged => "Not declared",
        _ => "Could not be read",
    };

    /// <summary>"23 Nov 2026 at 05:31 (UK time)".</summary>
    public static string When(Instant at)
    {
        var uk = at.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]);
        return $"{DisplayDates.Format(uk.Date)} at {uk.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)} UK time";
    }

    private static DriftLine Line(int number, DriftItem item, SchoolRoles roles) => new(
        number,
        Sentence(item, roles),
        Kind(item.Kind),
        Sentences.Capitalise(item.Severity.ToString().ToLowerInvariant()),
        item.Controls.IsEmpty ? "none" : string.Join(", ", item.Controls),
        item.NextDeploy == Evidence.Drift.NextDeploy.CannotTell ? "cannot tell until it is read" : NextDeploy(item.NextDeploy)["the next deploy ".Length..],
        RoleNames.WithHolder(roles, item.WhoActs),
        item.Resource.LogicalName ?? item.Resource.Address,
        item.Resource.Source.IsKnown ? item.Resource.Source.File : string.Empty,
        item.Resource.Source.IsKnown ? item.Resource.Source.Line : 0,
        [.. item.Properties.Select(p => new PropertyLine(p.Path.Length == 0 ? "(not named)" : p.Path, p.Declared.Display, p.Live.Display))]);

    private static string Source(ObservationSource source)
    {
        var what = source.Kind switch
        {
            ObservationKind.PulumiRefresh => "Pulumi's refresh",
            ObservationKind.PulumiPreview => "Pulumi's preview with refresh",
            ObservationKind.PulumiEvents => "Pulumi's refresh events",
            ObservationKind.MicrosoftGraph => "Microsoft Graph",
            _ => "Jamf",
        };
        return $"{what} ({source.File}), {EnglishList.Count(source.ResourcesRead, "resource")} read";
    }

    private static IgnoredLine Ignored(IgnoredDrift ignored) => new(
        ignored.Resource.LogicalName ?? ignored.Resource.Address,
        ignored.Property.Path,
        ignored.Property.Live.Display,
        ignored.Rule,
        ignored.Reason);
}
