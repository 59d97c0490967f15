using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace SchoolInfra.Core.Config;

/// <summary>One bindable property of a config record, with what the binder and schema writer need to know.</summary>
public sealed class ConfigProperty
{
    private static readonly NullabilityInfoContext Nullability = new();

    public ConfigProperty(PropertyInfo property)
    {
        Property = property;
        Name = ConfigNaming.Camel(property.Name);
        IsRequired = property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
        Description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
        Range = property.GetCustomAttribute<RangeAttribute>();
        Length = property.GetCustomAttribute<StringLengthAttribute>();
        Format = property.GetCustomAttribute<FormatAttribute>()?.Format;
        UniqueKey = property.GetCustomAttribute<UniqueKeyAttribute>()?.Kind;
        RefersTo = property.GetCustomAttribute<RefersToAttribute>()?.Kind;
        IsSecret = property.GetCustomAttribute<SecretAttribute>() is not null;
        var type = property.PropertyType;
        IsList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
        ValueType = IsList ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
        AllowsNull = !type.IsValueType
            ? Nullability.Create(property).WriteState == NullabilityState.Nullable
            : Nullable.GetUnderlyingType(type) is not null;
    }

    public PropertyInfo Property { get; }

    /// <summary>The config name (camel case).</summary>
    public string Name { get; }

    public bool IsRequired { get; }

    public bool AllowsNull { get; }

    public bool IsList { get; }

    /// <summary>The element type for lists, the underlying type for nullables, else the property type.</summary>
    public Type ValueType { get; }

    public string? Description { get; }

    public RangeAttribute? Range { get; }

    public StringLengthAttribute? Length { get; }

    public ValueFormat? Format { get; }

    public RefKind? UniqueKey { get; }

    public RefKind? RefersTo { get; }

    public bool IsSecret { get; }
}
