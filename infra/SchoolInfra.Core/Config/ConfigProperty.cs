using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SchoolInfra.Core.Config;

/// <summary>One bindable property of a config record, with what the binder and schema writer need to know.</summary>
public sealed class ConfigProperty
{
    public ConfigProperty(PropertyInfo property)
    {
        Property = property;
        Name = ConfigNaming.Camel(property.Name);

        // One attribute read per property: the compiler runs at least twice per Pulumi operation, so start-up counts.
        foreach (var attribute in property.GetCustomAttributes(inherit: false))
        {
            switch (attribute)
            {
                case DescriptionAttribute d: Description = d.Description; break;
                case RangeAttribute r: Range = r; break;
                case StringLengthAttribute l: Length = l; break;
                case FormatAttribute f: Format = f.Format; break;
                case UniqueKeyAttribute k: UniqueKey = k.Kind; break;
                case RefersToAttribute t: RefersTo = t.Kind; break;
                case SecretAttribute: IsSecret = true; break;
                case RequiredMemberAttribute: IsRequired = true; break;
            }
        }

        var type = property.PropertyType;
        IsList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
        ValueType = IsList ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
    }

    public PropertyInfo Property { get; }

    /// <summary>The config name (camel case).</summary>
    public string Name { get; }

    public bool IsRequired { get; }

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
