namespace SchoolInfra.Core.Config;

/// <summary>How C# names become config names: camel case, or an explicit [EnumMember] value (read from the generated <see cref="ConfigEnum"/> tables).</summary>
public static class ConfigNaming
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string EnumValue(Type enumType, string memberName) => ConfigEnum.Of(enumType).WordOf(memberName);

    public static string EnumValue(Enum value) => ConfigEnum.Of(value.GetType()).WordOf(value);

    public static IReadOnlyList<string> EnumValues(Type enumType) => ConfigEnum.Of(enumType).Words;
}
