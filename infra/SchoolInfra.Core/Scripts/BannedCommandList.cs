using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SchoolInfra.Core.Scripts;

/// <summary>
/// Commands a baseline script must not use: the built-in list (code from text, downloads, weakening the execution
/// policy) plus the school's own additions. Names match case-insensitively, through aliases and module prefixes, so
/// <c>IEX</c>, <c>iex</c> and <c>Microsoft.PowerShell.Utility\Invoke-Expression</c> are the same command.
/// </summary>
public sealed class BannedCommandList
{
    public const string AddTypeInlineCode = "Add-Type with inline code";
    public const string WebClientDownload = "Net.WebClient download";
    public const string ExecutionPolicyWeakened = "Set-ExecutionPolicy Unrestricted or Bypass";

    /// <summary>Built-in aliases (and the curl/wget aliases Windows PowerShell 5.1 still has), to their commands.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["iex"] = "Invoke-Expression",
        ["iwr"] = "Invoke-WebRequest",
        ["curl"] = "Invoke-WebRequest",
        ["wget"] = "Invoke-WebRequest",
        ["irm"] = "Invoke-RestMethod",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Banned whatever their arguments: running text as code and fetching from the internet.</summary>
    public static ImmutableArray<string> BuiltIn { get; } =
        ["Invoke-Expression", "Invoke-WebRequest", "Invoke-RestMethod", "Start-BitsTransfer"];

    private readonly FrozenSet<string> _banned;

    public BannedCommandList(IEnumerable<string> schoolAdditions)
    {
        _banned = BuiltIn.Concat(schoolAdditions.Select(Canonical)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The command a name stands for: module prefix dropped, alias resolved.</summary>
    public static string Canonical(string name)
    {
        var slash = name.LastIndexOf('\\');
        var bare = slash >= 0 ? name[(slash + 1)..] : name;
        return Aliases.TryGetValue(bare, out var command) ? command : bare;
    }

    /// <summary>The banned command <paramref name="name"/> stands for, or null when it is allowed.</summary>
    public string? Match(string name)
    {
        var canonical = Canonical(name);
        return _banned.TryGetValue(canonical, out var banned) ? banned : null;
    }
}
