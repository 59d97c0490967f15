using System.Text.RegularExpressions;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Pulumi's colour directives (<c>&lt;{%fg 1%}&gt;</c>, <c>&lt;{%reset%}&gt;</c>) that engine-event messages carry
/// unless the CLI ran with <c>--color never</c> (pulumi-contract.md C.6 item 8).
/// </summary>
internal static partial class ColourMarkup
{
    public static string Strip(string message) => Directive().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"<\{%[^%]*%\}>", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
