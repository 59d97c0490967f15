using System.Reflection;
using System.Runtime.Serialization;

namespace SchoolInfra.Core.Config;

/// <summary>How C# names become config names: camel case, or an explicit [EnumMember] value.</summary>
public static class ConfigNaming
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string EnumValue(Type enumType, string memberName)
    {
        var field = enumType.GetField(memberName, BindingFlags.Public | BindingFlags.Static);
        var explicitName = field?.GetCustomAttribute<EnumMemberAttribute>()?.Value;
        return explicitName ?? Camel(memberName);
    }

    public static string EnumValue(Enum value) => EnumValue(value.GetType(), value.ToString());

    public static IReadOnlyList<string> EnumValues(Type enumType) =>
        [.. Enum.GetNames(enumType).Select(n => EnumValue(enumType, n))];
}
