using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Infra.Build.Filtering;

/// <summary>
/// Filtering profiles on their backends: Global Secure Access web filtering linked to user groups through
/// Conditional Access (FIL-01, FIL-02, FIL-05, FIL-08), an Azure DNS security policy for the school's Azure networks,
/// and the upstream filter as a checked declaration (FIL-03, FIL-04). Only approved, unexpired exceptions are
/// deployed, as allow rules for their own groups (FIL-10); expired ones are left out, so the next deployment blocks
/// the site again (FIL-11). Whatever one backend cannot enforce becomes a note naming the backend that does.
/// </summary>
public sealed class FilteringBuilder : IDomainBuilder
{
    public void Build(BuildContext context)
    {
        if (context.Config.Filtering is not { } filtering)
        {
            return;
        }

        var live = filtering.Exceptions.Where(e => e.IsLive(context.Today)).ToImmutableArray();
        FilteringNotes.LeftOutExceptions(context, filtering);
        if (FilteringCoverage.IsDeclared(filtering, FilteringBackend.GlobalSecureAccess))
        {
            new GlobalSecureAccessProfiles(context, filtering, live).Build();
        }

        if (FilteringCoverage.IsDeclared(filtering, FilteringBackend.AzureDns))
        {
            new AzureDnsPolicy(context, filtering).Build();
        }

        FilteringNotes.Delegations(context, filtering, live);
        if (filtering.Upstream is { } upstream)
        {
            FilteringNotes.Upstream(context, filtering, upstream);
            context.AddOutput(new DesiredOutput("upstreamFilter", UpstreamOutput(upstream)));
        }

        context.AddOutput(new DesiredOutput("filteringExceptions", PulumiValue.List(live.Select(ExceptionOutput))));
    }

    /// <summary>What the upstream filter is declared to do and when it was last checked: read by drift and reports.</summary>
    private static PulumiObject UpstreamOutput(UpstreamFilter upstream) => PulumiValue.Map(
        ("provider", PulumiValue.Text(upstream.Provider)),
        ("iwfMember", PulumiValue.Bool(upstream.IwfMember)),
        ("ctiruList", PulumiValue.Bool(upstream.CtiruList)),
        ("enforces", PulumiValue.TextList(upstream.Enforces.Select(f => ConfigNaming.EnumValue(f)))),
        ("blockedCategories", PulumiValue.TextList(upstream.BlockedCategories.Select(c => ConfigNaming.EnumValue(c)))),
        ("lastChecked", PulumiValue.Text(IsoDate.Format(upstream.LastChecked))),
        ("evidence", PulumiValue.Text(upstream.Evidence)));

    /// <summary>Each deployed exception, so drift can prove that no allow rule outlives its end date (FIL-11).</summary>
    private static PulumiObject ExceptionOutput(FilteringException exception) => PulumiValue.Map(
        ("domain", PulumiValue.Text(exception.Domain)),
        ("groups", PulumiValue.TextList(exception.Groups)),
        ("approvedBy", exception.ApprovedBy is { } role ? PulumiValue.Text(ConfigNaming.EnumValue(role)) : null),
        ("expiresOn", exception.ExpiresOn is { } last ? PulumiValue.Text(IsoDate.Format(last)) : null));
}
