
namespace SchoolInfra.Core.Scripts;

public enum ScriptProblemKind
{
    /// <summary>The PowerShell parser could not read the script.</summary>
    SyntaxError,
    /// <summary>The script uses a command the school bans (downloads, running text as code, weakening policy).</summary>
    BannedCommand,
}
