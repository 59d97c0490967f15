namespace SchoolInfra.Core.Config;

/// <summary>One member of an enum as the generated table lists it.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Value">The member's value.</param>
/// <param name="ExplicitWord">The [EnumMember] value, when the member has one.</param>
public sealed record ConfigEnumMember(string Name, Enum Value, string? ExplicitWord)
{
    /// <summary>The word the config and every output use: the explicit one, else the name in camel case.</summary>
    public string Word { get; } = ExplicitWord ?? ConfigNaming.Camel(Name);
}
