using System.Diagnostics.CodeAnalysis;

namespace SchoolInfra.Core.Scripts;

/// <summary>
/// Whether this build parses baseline scripts with the PowerShell parser. The native compiler
/// (infra/SchoolInfra.Compiler) switches it off, so the trimmer leaves System.Management.Automation out of it: the
/// compiler only checks that script files exist (ValidationScope.Compile); validate parses them.
/// </summary>
public static class ScriptParsing
{
    public const string Switch = "SchoolInfra.Core.Scripts.Parsing";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var on) || on;
}
