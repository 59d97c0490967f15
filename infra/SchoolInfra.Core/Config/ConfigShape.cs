using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SchoolInfra.Core.Config;

/// <summary>
/// The bindable properties of a config record type, in declaration order, and how to create one. Every assembly's
/// shapes are written at build time by SchoolInfra.Generators and registered before its code runs, so nothing
/// reflects over config types at run time (the native compiler is trimmed and compiled ahead of time).
/// </summary>
public sealed class ConfigShape
{
    private static readonly ConcurrentDictionary<Type, Lazy<ConfigShape>> Registered = new();

    private readonly Func<ConfigRecord> _create;

    public ConfigShape(Type type, Func<ConfigRecord> create, ImmutableArray<ConfigProperty> properties)
    {
        Type = type;
        _create = create;
        Properties = properties;
        ByName = Properties.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public ImmutableArray<ConfigProperty> Properties { get; }

    public ImmutableDictionary<string, ConfigProperty> ByName { get; }

    /// <summary>A new record with every property at its default; the binder then sets the values it read.</summary>
    public ConfigRecord Create() => _create();

    /// <summary>Called by the generated table of each assembly (its module initializer), once per record type.</summary>
    public static void Register(Type type, Func<ConfigShape> build) => Registered.TryAdd(type, new Lazy<ConfigShape>(build));

    public static ConfigShape Of(Type type)
    {
        if (Registered.TryGetValue(type, out var shape))
        {
            return shape.Value;
        }

        // A type can be named before any code of its assembly has run, and so before its tables were registered.
        RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
        return Registered.TryGetValue(type, out shape) ? shape.Value
            : throw new InvalidOperationException($"{type.Name} has no generated config table: its project must run the SchoolInfra.Generators analyzer.");
    }

    public static bool IsRecord(Type type) => typeof(ConfigRecord).IsAssignableFrom(type);
}
