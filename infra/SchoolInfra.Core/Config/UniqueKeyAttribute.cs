namespace SchoolInfra.Core.Config;

/// <summary>The property is the unique key of a declared thing; duplicates are SI2006.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UniqueKeyAttribute(RefKind kind) : Attribute
{
    public RefKind Kind { get; } = kind;
}
