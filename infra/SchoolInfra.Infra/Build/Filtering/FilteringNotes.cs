using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>
/// What the filtering template does not contain, said plainly: exceptions left out, needs one backend leaves to
/// another, and the upstream filter that nobody here deploys. Nothing is dropped silently (DESIGN.md).
/// </summary>
internal static class FilteringNotes
{
    public static void LeftOutExceptions(BuildContext context, FilteringConfig filtering)
    {
        foreach (var exception in filtering.Exceptions.Where(e => !e.IsLive(context.Today)))
        {
            var groups = string.Join(", ", exception.Groups);
            var (message, control) = true switch
            {
                _ when exception.IsExpired(context.Today) =>
                    ($"The exception for {exception.Domain} ({groups}) ended on {Iso(exception.ExpiresOn)}: it is left out, so the site is blocked again.", "FIL-11"),
                _ when !exception.IsApproved() =>
                    ($"The exception for {exception.Domain} ({groups}) is not approved: it is left out.", "FIL-10"),
                _ when exception.ExpiresOn is null =>
                    ($"The exception for {exception.Domain} ({groups}) has no end date: it is left out, so the site stays blocked.", "FIL-11"),
                _ => ($"The exception for {exception.Domain} ({groups}) is approved for a later date: it is left out until then.", "FIL-10"),
            };
            context.AddNote(new DesiredNote(NoteKind.LeftOut, message, exception.Span, [control]));
        }
    }

    /// <summary>For each deployed backend of each profile, the needs it leaves to the profile's other backends.</summary>
    public static void Delegations(BuildContext context, FilteringConfig filtering, ImmutableArray<FilteringException> live)
    {
        foreach (var profile in filtering.Profiles)
        {
            var hasExceptions = live.Any(e => e.Groups.Any(profile.Groups.Contains));
            var needs = FilteringCoverage.NeedsOf(profile, hasExceptions);
            foreach (var backend in profile.EnforcedBy.Distinct().Where(b => b != FilteringBackend.Upstream && FilteringCoverage.IsDeclared(filtering, b)))
            {
                var delegated = needs
                    .Where(n => !FilteringCoverage.Covers(filtering, backend, n))
                    .GroupBy(n => string.Join(", ", FilteringCoverage.CoveringBackends(filtering, profile, n).Select(b => ConfigNaming.EnumValue(b))));
                foreach (var group in delegated.Where(g => g.Key.Length > 0))
                {
                    var what = string.Join(", ", group.Select(n => n.Describe()));
                    var where = backend == FilteringBackend.AzureDns ? " for the profile's users; workloads in the linked Azure networks get the domain lists only" : string.Empty;
                    context.AddNote(new DesiredNote(NoteKind.Delegated,
                        $"{ConfigNaming.EnumValue(backend)} cannot enforce {what} for the profile \"{profile.Key}\": delegated to {group.Key}{where}.",
                        profile.Span, Controls(group)));
                }
            }

            if (hasExceptions && filtering.Upstream is { } upstream && profile.EnforcedBy.Contains(FilteringBackend.Upstream)
                && !FilteringCoverage.Covers(filtering, FilteringBackend.Upstream, FilteringNeed.AllowList))
            {
                foreach (var exception in live.Where(e => e.Groups.Any(profile.Groups.Contains)))
                {
                    context.AddNote(new DesiredNote(NoteKind.Delegated,
                        $"The exception for {exception.Domain} is deployed through Global Secure Access only; if {upstream.Provider} also blocks it, " +
                        $"ask them to allow it for {string.Join(", ", exception.Groups.Where(profile.Groups.Contains))} until {Iso(exception.ExpiresOn)}.",
                        exception.Span, ["FIL-10"]));
                }
            }
        }

        if (filtering.GlobalSecureAccess is { Enabled: true, TrafficLogging: true } gsa)
        {
            context.AddNote(new DesiredNote(NoteKind.CheckedNotDeployed,
                "Global Secure Access traffic logging (who tried to reach a blocked site, from which device) is a tenant setting this template does not declare; drift detection checks it.",
                gsa.Span, ["FIL-12"]));
        }
    }

    public static void Upstream(BuildContext context, FilteringConfig filtering, UpstreamFilter upstream)
    {
        var enforces = string.Join(", ", upstream.Enforces.Where(f => f != FilterFeature.IllegalContent).Select(f => ConfigNaming.EnumValue(f)));
        var lists = upstream.IwfMember && upstream.CtiruList ? "the IWF and CTIRU illegal-content lists" : "no accredited illegal-content lists";
        var connections = filtering.Connections.Where(c => c.FilteredBy == FilteringBackend.Upstream).Select(c => c.Key).ToList();
        var over = connections.Count > 0 ? $" on {string.Join(", ", connections)}" : string.Empty;
        context.AddNote(new DesiredNote(NoteKind.CheckedNotDeployed,
            $"The upstream filter \"{upstream.Provider}\" is run by the local authority or ISP{over}, not by this template: it enforces {lists} and {enforces}; " +
            $"last checked {Iso(upstream.LastChecked)}, evidence {upstream.Evidence}.",
            upstream.Span, connections.Count > 0 ? ["FIL-01", "FIL-03", "FIL-04", "FIL-09"] : ["FIL-01", "FIL-03", "FIL-04"]));
    }

    private static ImmutableArray<string> Controls(IEnumerable<FilteringNeed> needs) =>
    [
        .. needs.Select(n => n.Feature switch
            {
                FilterFeature.IllegalContent => "FIL-03",
                FilterFeature.SafeSearch => "FIL-06",
                FilterFeature.Categories when n.Category == ContentCategory.ProxyAndVpn => "FIL-07",
                FilterFeature.Categories => "FIL-05",
                _ => "FIL-02",
            })
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static string Iso(NodaTime.LocalDate? date) => date is { } day ? IsoDate.Format(day) : "no end date";
}
