using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchoolInfra.Generators;

/// <summary>
/// Writes an attribute as the C# expression that constructs it (<c>new RangeAttribute((int)1, (int)365)</c>), so the
/// runtime reads the same attribute objects reflection would have returned, whatever attributes the records use.
/// </summary>
internal static class AttributeWriter
{
    /// <summary>The construction expression, or null for an attribute that code in this assembly cannot construct.</summary>
    public static string? Write(AttributeData attribute, IAssemblySymbol assembly)
    {
        if (attribute.AttributeClass is not { TypeKind: not TypeKind.Error } type || attribute.AttributeConstructor is not { } constructor
            || !(Names.IsAccessible(type) && (type.DeclaredAccessibility == Accessibility.Public || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly)))
            || constructor.DeclaredAccessibility != Accessibility.Public)
        {
            return null;
        }

        var arguments = string.Join(", ", attribute.ConstructorArguments.Select(Constant));
        var named = attribute.NamedArguments.Select(a => $"{Names.Identifier(a.Key)} = {Constant(a.Value)}").ToList();
        return $"new {Names.Of(type)}({arguments})" + (named.Count == 0 ? string.Empty : " { " + string.Join(", ", named) + " }");
    }

    private static string Constant(TypedConstant constant)
    {
        var type = constant.Type is null ? "object" : Names.Of(constant.Type);
        if (constant.Kind == TypedConstantKind.Array)
        {
            return constant.IsNull ? $"({type})null" : $"new {type} {{ {string.Join(", ", constant.Values.Select(Constant))} }}";
        }

        if (constant.Kind == TypedConstantKind.Enum && constant.Type is INamedTypeSymbol enumType
            && enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant.Value)) is { } member)
        {
            return $"{type}.{Names.Identifier(member.Name)}";
        }

        return constant.Value switch
        {
            ITypeSymbol typeOf => $"typeof({Names.Of(typeOf)})",
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            double d when double.IsNaN(d) || double.IsInfinity(d) => $"({type})({SpecialDouble(d)})",
            float f when float.IsNaN(f) || float.IsInfinity(f) => $"({type})({SpecialDouble(f)})",
            double d => $"({type})({d.ToString("R", CultureInfo.InvariantCulture)}D)",
            float f => $"({type})({f.ToString("R", CultureInfo.InvariantCulture)}F)",
            // Numbers and enum values: the cast keeps the constructor overload the attribute was written with.
            { } value => $"({type})({SymbolDisplay.FormatPrimitive(value, quoteStrings: false, useHexadecimalNumbers: false)})",
            _ => $"({type})null",
        };
    }

    private static string SpecialDouble(double value) =>
        double.IsNaN(value) ? "double.NaN" : value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
}
