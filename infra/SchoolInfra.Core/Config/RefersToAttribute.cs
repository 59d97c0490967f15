namespace SchoolInfra.Core.Config;

/// <summary>The property (text or list of text) names declared things of one kind; unknown names are SI2004.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RefersToAttribute(RefKind kind) : Attribute
{
    public RefKind Kind { get; } = kind;
}
