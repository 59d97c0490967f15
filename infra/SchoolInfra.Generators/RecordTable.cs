using System.Text;
using Microsoft.CodeAnalysis;

namespace SchoolInfra.Generators;

/// <summary>
/// The table of one config record (a type deriving from <c>ConfigRecord</c>): its settable public properties in
/// declaration order, each with its value type, whether it is a list or required, its attributes and a setter, plus a
/// constructor. Setters and the constructor are <c>UnsafeAccessor</c>s: the properties are init-only and required
/// members are filled by the binder after construction, as a deserializer does.
/// </summary>
internal static class RecordTable
{
    private const string ConfigRecord = "SchoolInfra.Core.Config.ConfigRecord";
    private const string NotConfig = "SchoolInfra.Core.Config.NotConfigAttribute";
    private const string ImmutableArray = "System.Collections.Immutable.ImmutableArray<T>";
    private const string Config = "global::SchoolInfra.Core.Config.";
    private const string Accessor = "global::System.Runtime.CompilerServices.UnsafeAccessor";

    public static Table? From(INamedTypeSymbol type)
    {
        if (type.IsAbstract || !DerivesFromConfigRecord(type))
        {
            return null;
        }

        var key = type.ToDisplayString();
        var location = type.Locations.FirstOrDefault();
        if (type.IsGenericType)
        {
            return Table.Failed(key, new Problem(key, "is generic; the binder needs one table per concrete type.", location));
        }

        if (!Names.IsAccessible(type))
        {
            return Table.Failed(key, new Problem(key, "must be public or internal so the generated table can name it.", location));
        }

        if (!type.InstanceConstructors.Any(c => c.Parameters.IsEmpty))
        {
            return Table.Failed(key, new Problem(key, "needs a constructor without parameters; the binder fills its properties one by one.", location));
        }

        var name = Names.Of(type);
        var fragment = Names.Fragment(type);
        var members = new StringBuilder();
        members.Append("    private static ").Append(Config).Append("ConfigShape Shape_").Append(fragment).Append("() => new(\n")
            .Append("        typeof(").Append(name).Append("),\n")
            .Append("        New_").Append(fragment).Append(",\n")
            .Append("        [\n");
        var accessors = new StringBuilder();
        accessors.Append("    [").Append(Accessor).Append("(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Constructor)]\n")
            .Append("    private static extern ").Append(name).Append(" New_").Append(fragment).Append("();\n");

        foreach (var property in Properties(type))
        {
            var (valueType, isList) = ValueType(property.Type);
            var setter = $"Set_{fragment}_{property.Name}";
            var declaring = Names.Of(property.ContainingType);
            var attributes = property.GetAttributes().Select(a => AttributeWriter.Write(a, type.ContainingAssembly)).Where(a => a is not null).ToList();
            members.Append("            new(\n")
                .Append("                \"").Append(property.Name).Append("\",\n")
                .Append("                typeof(").Append(Names.Of(valueType)).Append("),\n")
                .Append("                isList: ").Append(isList ? "true" : "false").Append(",\n")
                .Append("                isRequired: ").Append(property.IsRequired ? "true" : "false").Append(",\n")
                .Append("                [").Append(string.Join(", ", attributes)).Append("],\n")
                .Append("                static (record, value) => ").Append(setter).Append("((").Append(declaring).Append(")record, (")
                .Append(Names.Of(property.Type)).Append(")value)");
            if (isList)
            {
                members.Append(",\n                ").Append(Config).Append("ConfigProperty.ListOf<").Append(Names.Of(valueType)).Append('>');
            }

            members.Append("),\n");
            accessors.Append("    [").Append(Accessor).Append("(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = \"")
                .Append(property.SetMethod?.MetadataName ?? "set_" + property.Name).Append("\")]\n")
                .Append("    private static extern void ").Append(setter).Append('(').Append(declaring).Append(" record, ")
                .Append(Names.Of(property.Type)).Append(" value);\n");
        }

        members.Append("        ]);\n\n").Append(accessors);
        return new Table(key, $"{Config}ConfigShape.Register(typeof({name}), Shape_{fragment});", members.ToString());
    }

    private static bool DerivesFromConfigRecord(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == ConfigRecord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What reflection's GetProperties(Public | Instance) gave, less read-only and [NotConfig] properties: base
    /// types' properties first, each type's in declaration order; an override keeps its base's place.
    /// </summary>
    private static List<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.ToDisplayString() != ConfigRecord; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var result = new List<IPropertySymbol>();
        foreach (var declared in chain)
        {
            foreach (var property in declared.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || property.SetMethod is null
                    || property.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == NotConfig))
                {
                    continue;
                }

                var earlier = result.FindIndex(p => p.Name == property.Name);
                if (earlier >= 0)
                {
                    result[earlier] = property;
                }
                else
                {
                    result.Add(property);
                }
            }
        }

        return result;
    }

    /// <summary>The element type of an ImmutableArray, the underlying type of a nullable, else the type itself.</summary>
    private static (ITypeSymbol Type, bool IsList) ValueType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var definition = generic.ConstructedFrom.ToDisplayString();
            if (definition == ImmutableArray)
            {
                return (generic.TypeArguments[0], true);
            }

            if (generic.ConstructedFrom.SpecialType == SpecialType.System_Nullable_T)
            {
                return (generic.TypeArguments[0], false);
            }
        }

        return (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), false);
    }
}
