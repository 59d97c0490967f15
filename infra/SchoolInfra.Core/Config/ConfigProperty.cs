using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SchoolInfra.Core.Config;

/// <summary>
/// One bindable property of a config record, with what the binder and schema writer need to know. Built by the
/// generated table of the record's assembly (SchoolInfra.Generators) from the property's declaration and attributes.
/// </summary>
public sealed class ConfigProperty
{
    private readonly Action<ConfigRecord, object> _set;
    private readonly Func<IReadOnlyList<object>, object>? _createList;

    /// <param name="propertyName">The C# property name.</param>
    /// <param name="valueType">The element type for lists, the underlying type for nullables, else the property type.</param>
    /// <param name="isList">The property is an <see cref="ImmutableArray{T}"/>.</param>
    /// <param name="isRequired">The property is a <c>required</c> member.</param>
    /// <param name="attributes">The property's attributes, as reflection would return them.</param>
    /// <param name="set">Sets the property of a record created by <see cref="ConfigShape.Create"/>.</param>
    /// <param name="createList">For lists: makes the property's ImmutableArray from bound items.</param>
    public ConfigProperty(string propertyName, Type valueType, bool isList, bool isRequired, IEnumerable<Attribute> attributes,
        Action<ConfigRecord, object> set, Func<IReadOnlyList<object>, object>? createList = null)
    {
        Name = ConfigNaming.Camel(propertyName);
        ValueType = valueType;
        IsList = isList;
        IsRequired = isRequired;
        _set = set;
        _createList = createList;
        foreach (var attribute in attributes)
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
            }
        }
    }

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

    public void Set(ConfigRecord record, object value) => _set(record, value);

    /// <summary>The list value of the property from its bound items (a list property only).</summary>
    public object CreateList(IReadOnlyList<object> items) =>
        _createList?.Invoke(items) ?? throw new InvalidOperationException($"\"{Name}\" is not a list.");

    /// <summary>Used by generated tables: an ImmutableArray of <typeparamref name="T"/> from bound items.</summary>
    public static object ListOf<T>(IReadOnlyList<object> items)
    {
        var builder = ImmutableArray.CreateBuilder<T>(items.Count);
        foreach (var item in items)
        {
            builder.Add((T)item);
        }

        return builder.MoveToImmutable();
    }
}
