namespace SchoolInfra.Core.Config;

[AttributeUsage(AttributeTargets.Property)]
public sealed class FormatAttribute(ValueFormat format) : Attribute
{
    public ValueFormat Format { get; } = format;
}
