using System.Collections.Immutable;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Who staff tell, as the governors' approved policy says (<c>reportingRoutes</c> of a <c>policy-approval</c>
/// record): each route names one role or a list of roles. Read by MON-03 and DEV-11.
/// </summary>
public static class ReportingRoutes
{
    public const string UnsuitableContent = "unsuitableContent";
    public const string OverBlocking = "overBlocking";
    public const string SecurityIncidents = "securityIncidents";
    public const string LostDevices = "lostDevices";

    /// <summary>The roles a route names; empty when the route is missing or names no known role.</summary>
    public static ImmutableArray<SchoolRole> Roles(SchoolRecord policy, string route)
    {
        if (policy.Section("reportingRoutes") is not { } routes)
        {
            return [];
        }

        var words = routes[route] switch
        {
            Core.Yaml.SourceScalar { IsNull: false } one => [one.Text],
            Core.Yaml.SourceSequence many => many.Items.OfType<Core.Yaml.SourceScalar>().Where(s => !s.IsNull).Select(s => s.Text).ToList(),
            _ => [],
        };
        return [.. words.Select(Parse).OfType<SchoolRole>()];
    }

    private static SchoolRole? Parse(string word) =>
        Enum.GetValues<SchoolRole>().Select(r => (SchoolRole?)r).FirstOrDefault(r => ConfigNaming.EnumValue(r!.Value) == word);
}
