using System.Text;
using AnyAscii;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Validation;

/// <summary>
/// Display names that people tell groups apart by. User groups and device groups are both Entra groups, so their
/// names must differ once case and Unicode look-alikes are set aside; otherwise "Governors" and "GOVERNORS",
/// "Ｇovernors" or "Gоvernors" (a Cyrillic о) pass review as one group while Entra holds two.
/// </summary>
/// <remarks>
/// The product runs with InvariantGlobalization, where <see cref="string.Normalize()"/> changes nothing, so NFKC is
/// not available. Names are compared by their ASCII transliteration instead (AnyAscii), which folds what NFKC folds
/// (full-width forms, ligatures, mathematical letters, accents written either way) and look-alike letters from other
/// scripts too. ASCII names, nearly all of them, never load it.
/// </remarks>
public sealed class NameChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        var config = context.Config;
        var groups = config.Identity.Groups.Select(g => (g.DisplayName, g.Span))
            .Concat((config.Devices?.Groups ?? []).Select(g => (g.DisplayName, g.Span)));
        var seen = new Dictionary<string, (string Name, SourceSpan Span)>(StringComparer.Ordinal);
        foreach (var (name, span) in groups)
        {
            var folded = Fold(name);
            if (seen.TryGetValue(folded, out var first))
            {
                context.Diagnostics.Add(NameDiagnostics.DisplayNameClash(span, name, first.Name, first.Span));
            }
            else
            {
                seen[folded] = (name, span);
            }
        }
    }

    /// <summary>The form two names are compared in: ASCII transliteration, capitals, runs of spaces as one, trimmed.</summary>
    public static string Fold(string name)
    {
        var ascii = Ascii.IsValid(name) ? name : Transliterate(name);
        return string.Join(' ', ascii.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Transliterate(string name) => name.Transliterate();
}
