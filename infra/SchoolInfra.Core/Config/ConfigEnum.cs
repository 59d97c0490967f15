using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SchoolInfra.Core.Config;

/// <summary>
/// An enum's members and their config words, in Enum.GetNames order. Written at build time for every enum of every
/// SchoolInfra assembly by SchoolInfra.Generators and registered before the assembly's code runs.
/// </summary>
public sealed class ConfigEnum
{
    private static readonly ConcurrentDictionary<Type, Lazy<ConfigEnum>> Registered = new();

    public ConfigEnum(Type type, ImmutableArray<ConfigEnumMember> members)
    {
        Type = type;
        Members = members;
        Words = [.. members.Select(m => m.Word)];
    }

    public Type Type { get; }

    public ImmutableArray<ConfigEnumMember> Members { get; }

    public ImmutableArray<string> Words { get; }

    /// <summary>Called by the generated table of each assembly (its module initializer), once per enum.</summary>
    public static void Register(Type type, Func<ConfigEnum> build) => Registered.TryAdd(type, new Lazy<ConfigEnum>(build));

    public static ConfigEnum Of(Type enumType)
    {
        if (Registered.TryGetValue(enumType, out var table))
        {
            return table.Value;
        }

        // An enum value can exist before any code of its assembly has run, and so before its tables were registered.
        RuntimeHelpers.RunModuleConstructor(enumType.Module.ModuleHandle);
        return Registered.TryGetValue(enumType, out table) ? table.Value
            : throw new InvalidOperationException($"{enumType.Name} has no generated config table: its project must run the SchoolInfra.Generators analyzer.");
    }

    /// <summary>The word of a value; a value that is no single member is written by its name in camel case.</summary>
    public string WordOf(Enum value)
    {
        foreach (var member in Members)
        {
            if (member.Value.Equals(value))
            {
                return member.Word;
            }
        }

        return ConfigNaming.Camel(value.ToString());
    }

    /// <summary>The word of a member by its C# name; an unknown name is written in camel case.</summary>
    public string WordOf(string memberName)
    {
        foreach (var member in Members)
        {
            if (member.Name == memberName)
            {
                return member.Word;
            }
        }

        return ConfigNaming.Camel(memberName);
    }
}
