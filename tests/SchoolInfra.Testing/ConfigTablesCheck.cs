using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using SchoolInfra.Core.Config;

namespace SchoolInfra.Testing;

/// <summary>
/// Compares the config tables that SchoolInfra.Generators wrote for an assembly with what reflection reads from its
/// types (the way the binder read them before the tables): same properties in the same order, same types, same
/// attributes, same enum words. Returns one line per difference.
/// </summary>
public static class ConfigTablesCheck
{
    public static IReadOnlyList<string> Differences(Assembly assembly)
    {
        var differences = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ConfigRecord).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            CompareRecord(type, differences);
        }

        foreach (var type in assembly.GetTypes().Where(t => t.IsEnum && (t.IsPublic || t.IsNestedPublic || t.IsNotPublic)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var table = ConfigEnum.Of(type);
            var expected = Enum.GetNames(type).Select(n => $"{n}={type.GetField(n)!.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? ConfigNaming.Camel(n)}");
            var actual = table.Members.Select(m => $"{m.Name}={m.Word}");
            Same($"{type.Name} members", string.Join(", ", expected), string.Join(", ", actual), differences);
            Same($"{type.Name} values", string.Join(", ", Enum.GetValuesAsUnderlyingType(type).Cast<object>()),
                string.Join(", ", table.Members.Select(m => Convert.ChangeType(m.Value, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture))), differences);
        }

        return differences;
    }

    private static void CompareRecord(Type type, List<string> differences)
    {
        var shape = ConfigShape.Of(type);
        Same($"{type.Name} creates", type.Name, shape.Create().GetType().Name, differences);
        var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<NotConfigAttribute>() is null)
            .OrderBy(p => p.MetadataToken)
            .ToList();
        Same($"{type.Name} properties", string.Join(", ", expected.Select(p => ConfigNaming.Camel(p.Name))), string.Join(", ", shape.Properties.Select(p => p.Name)), differences);
        foreach (var (reflected, generated) in expected.Zip(shape.Properties))
        {
            Same($"{type.Name}.{reflected.Name}", Describe(reflected), Describe(generated), differences);
        }
    }

    private static string Describe(PropertyInfo p)
    {
        var type = p.PropertyType;
        var isList = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>);
        var valueType = isList ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
        return Describe(valueType, isList, p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
            p.GetCustomAttribute<DescriptionAttribute>()?.Description, p.GetCustomAttribute<RangeAttribute>(), p.GetCustomAttribute<StringLengthAttribute>(),
            p.GetCustomAttribute<FormatAttribute>()?.Format, p.GetCustomAttribute<UniqueKeyAttribute>()?.Kind, p.GetCustomAttribute<RefersToAttribute>()?.Kind,
            p.GetCustomAttribute<SecretAttribute>() is not null);
    }

    private static string Describe(ConfigProperty p) =>
        Describe(p.ValueType, p.IsList, p.IsRequired, p.Description, p.Range, p.Length, p.Format, p.UniqueKey, p.RefersTo, p.IsSecret);

    private static string Describe(Type valueType, bool isList, bool isRequired, string? description, RangeAttribute? range, StringLengthAttribute? length,
        ValueFormat? format, RefKind? uniqueKey, RefKind? refersTo, bool isSecret) => string.Join(" | ",
        valueType.FullName, isList ? "list" : "single", isRequired ? "required" : "optional", description ?? "-",
        range is null ? "-" : $"range {range.Minimum} ({range.Minimum.GetType().Name}) to {range.Maximum} ({range.Maximum.GetType().Name})",
        length is null ? "-" : $"length {length.MinimumLength}-{length.MaximumLength}",
        format?.ToString() ?? "-", uniqueKey?.ToString() ?? "-", refersTo?.ToString() ?? "-", isSecret ? "secret" : "-");

    private static void Same(string what, string expected, string actual, List<string> differences)
    {
        if (expected != actual)
        {
            differences.Add($"{what}: reflection says \"{expected}\", the table says \"{actual}\"");
        }
    }
}
