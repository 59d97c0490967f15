using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchoolInfra.Generators;

/// <summary>How symbols are written in generated code.</summary>
internal static class Names
{
    /// <summary><c>global::Namespace.Type</c>, with C# keywords for special types.</summary>
    public static string Of(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>A member name usable in code: keywords get an <c>@</c>.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A unique method-name fragment for a type: its full name with every non-identifier character as <c>_</c>.</summary>
    public static string Fragment(ITypeSymbol type) => Sanitize(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));

    /// <summary>The namespace of the generated class: the assembly name made a valid dotted identifier.</summary>
    public static string Namespace(string assemblyName) =>
        string.Join(".", assemblyName.Split('.').Select(part => Sanitize(part)).Select(part => char.IsDigit(part[0]) ? "_" + part : part));

    /// <summary>Whether code in the same assembly can name the type (public or internal, also when nested).</summary>
    public static bool IsAccessible(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Sanitize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return result.Length == 0 ? "_" : result.ToString();
    }
}
