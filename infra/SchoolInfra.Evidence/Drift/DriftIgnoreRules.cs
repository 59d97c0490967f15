using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Every ignore rule in one place: properties that clouds fill in or change by themselves, each with its reason.
/// A school can switch a built-in rule off (<c>schoolinfra:drift watch: [azure-tags]</c>) or add its own
/// (<c>schoolinfra:drift ignore:</c>); <see cref="ForSchool"/> applies both.
/// </summary>
/// <remarks>
/// Bookkeeping is not a rule: the bridge's <c>__defaults</c>, the engine's <c>__internal</c>, <c>sourcePosition</c>,
/// <c>stackTrace</c> and zero timestamps are dropped by the readers before anything is compared
/// (<see cref="DriftBookkeeping"/>), because they are never settings.
/// </remarks>
public sealed class DriftIgnoreRules
{
    /// <summary>The rules SchoolInfra ships with.</summary>
    public static ImmutableArray<DriftIgnoreRule> BuiltIn { get; } =
    [
        new("azure-etag", "Azure changes a resource's etag on every write; it is a version stamp, not a setting.",
            "azure-native:*", "*.etag"),
        new("azure-system-data", "Azure records who last touched a resource and when; that is a log entry, not a setting.",
            "azure-native:*", "*.systemData"),
        new("azure-provisioning-state", "Azure reports whether its last write finished; that is a status, not a setting.",
            "azure-native:*", "*.provisioningState"),
        new("azure-tags", "Tags are labels for billing and search that Azure Policy and the portal add; SchoolInfra declares no tags and no control reads them.",
            "azure-native:*", "tags", OnlyAdded: true),
        new("graph-timestamps", "Microsoft Graph stamps when a setting was created or last modified; the time is not a setting.",
            "*", "*.modifiedDateTime"),
        new("graph-created-timestamps", "Microsoft Graph stamps when a setting was created; the time is not a setting.",
            "*", "*.createdDateTime"),
    ];

    /// <summary>The built-in rules as they are.</summary>
    public static DriftIgnoreRules Default { get; } = new(BuiltIn);

    private DriftIgnoreRules(ImmutableArray<DriftIgnoreRule> rules) => Rules = rules;

    /// <summary>The rules in force, built-in first, then the school's own.</summary>
    public ImmutableArray<DriftIgnoreRule> Rules { get; }

    /// <summary>
    /// The rules for one school: the built-in rules except those it watches (switched off by name), then its own.
    /// </summary>
    public static DriftIgnoreRules ForSchool(IEnumerable<string> watch, IEnumerable<DriftIgnoreRule> own)
    {
        var off = watch.ToHashSet(StringComparer.Ordinal);
        return new DriftIgnoreRules([.. BuiltIn.Where(r => !off.Contains(r.Name)), .. own]);
    }

    /// <summary>The first rule that absorbs the difference, or null when it is drift.</summary>
    public DriftIgnoreRule? Absorbing(string type, PropertyDrift property)
    {
        foreach (var rule in Rules)
        {
            if (rule.Absorbs(type, property))
            {
                return rule;
            }
        }

        return null;
    }
}
