using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace SchoolInfra.Core.Config;

/// <summary>The bindable properties of a config record type, in declaration order, cached per type.</summary>
public sealed class ConfigShape
{
    private static readonly ConcurrentDictionary<Type, ConfigShape> Cache = new();

    private ConfigShape(Type type)
    {
        Type = type;
        Properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<NotConfigAttribute>() is null)
            .OrderBy(p => p.MetadataToken)
            .Select(p => new ConfigProperty(p))];
        ByName = Properties.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public ImmutableArray<ConfigProperty> Properties { get; }

    public ImmutableDictionary<string, ConfigProperty> ByName { get; }

    public static ConfigShape Of(Type type) => Cache.GetOrAdd(type, t => new ConfigShape(t));

    public static bool IsRecord(Type type) => typeof(ConfigRecord).IsAssignableFrom(type);
}
