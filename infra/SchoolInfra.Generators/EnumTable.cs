using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchoolInfra.Generators;

/// <summary>
/// The table of one enum: each member's name, value and explicit [EnumMember] word, in the order Enum.GetNames gives
/// them (by value as an unsigned number). The runtime turns a name without an explicit word into camel case.
/// </summary>
internal static class EnumTable
{
    private const string EnumMember = "System.Runtime.Serialization.EnumMemberAttribute";
    private const string Config = "global::SchoolInfra.Core.Config.";

    public static Table? From(INamedTypeSymbol type)
    {
        if (!Names.IsAccessible(type))
        {
            return null;
        }

        var name = Names.Of(type);
        var fragment = Names.Fragment(type);
        var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select((field, index) => (Field: field, Index: index))
            .OrderBy(f => SortKey(f.Field.ConstantValue))
            .ThenBy(f => f.Index)
            .Select(f => f.Field);
        var members = new StringBuilder();
        members.Append("    private static ").Append(Config).Append("ConfigEnum Enum_").Append(fragment).Append("() => new(\n")
            .Append("        typeof(").Append(name).Append("),\n")
            .Append("        [\n");
        foreach (var field in fields)
        {
            var word = field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == EnumMember)?
                .NamedArguments.FirstOrDefault(a => a.Key == "Value").Value.Value as string;
            members.Append("            new(\"").Append(field.Name).Append("\", ").Append(name).Append('.').Append(Names.Identifier(field.Name)).Append(", ")
                .Append(word is null ? "null" : SymbolDisplay.FormatLiteral(word, quote: true)).Append("),\n");
        }

        members.Append("        ]);\n");
        return new Table(type.ToDisplayString(), $"{Config}ConfigEnum.Register(typeof({name}), Enum_{fragment});", members.ToString());
    }

    /// <summary>The value's bits as an unsigned number, as the runtime sorts enum members.</summary>
    private static ulong SortKey(object? value) => value switch
    {
        sbyte v => unchecked((ulong)v),
        short v => unchecked((ulong)v),
        int v => unchecked((ulong)v),
        long v => unchecked((ulong)v),
        byte v => v,
        ushort v => v,
        uint v => v,
        ulong v => v,
        _ => 0,
    };
}
