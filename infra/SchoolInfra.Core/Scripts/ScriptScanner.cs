using System.Collections.Immutable;
using System.Management.Automation.Language;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Scripts;

/// <summary>
/// Reads a baseline PowerShell script with the PowerShell parser (never runs it) and reports syntax errors and banned
/// commands, each at its line and column in the script file.
/// </summary>
public static class ScriptScanner
{
    private static readonly string[] InlineCodeParameters = ["TypeDefinition", "MemberDefinition"];
    private static readonly string[] WeakPolicies = ["Unrestricted", "Bypass"];
    private static readonly string[] DownloadMethods = ["DownloadString", "DownloadFile", "DownloadData"];

    // Parallel first calls into the PowerShell parser have failed with "concurrent update" on a non-concurrent
    // Dictionary inside System.Management.Automation (seen when test classes ran in parallel); parsing is quick, so
    // one parse at a time.
    private static readonly Lock ParserLock = new();

    public static ImmutableArray<ScriptProblem> Scan(string text, string displayPath, BannedCommandList banned)
    {
        if (!ScriptParsing.IsSupported)
        {
            throw new NotSupportedException("This build of SchoolInfra does not parse scripts: run schoolinfra validate.");
        }

        ScriptBlockAst ast;
        ParseError[] errors;
        lock (ParserLock)
        {
            ast = Parser.ParseInput(text, displayPath, out _, out errors);
        }

        var problems = ImmutableArray.CreateBuilder<ScriptProblem>();
        foreach (var error in errors)
        {
            problems.Add(new ScriptProblem(ScriptProblemKind.SyntaxError, At(displayPath, error.Extent), error.Message, string.Empty));
        }

        foreach (var node in ast.FindAll(_ => true, searchNestedScriptBlocks: true))
        {
            var match = node switch
            {
                CommandAst command => CheckCommand(command, banned),
                InvokeMemberExpressionAst { Member: StringConstantExpressionAst member }
                    when DownloadMethods.Contains(member.Value, StringComparer.OrdinalIgnoreCase) => WebClientDownload(member),
                _ => null,
            };
            if (match is { } found)
            {
                problems.Add(new ScriptProblem(ScriptProblemKind.BannedCommand, At(displayPath, found.Extent), found.Written, found.Banned));
            }
        }

        return [.. problems
            .OrderBy(p => p.Location.Line)
            .ThenBy(p => p.Location.Column)
            .ThenBy(p => p.Kind)];
    }

    private static (IScriptExtent Extent, string Written, string Banned)? CheckCommand(CommandAst command, BannedCommandList banned)
    {
        var name = command.GetCommandName();
        if (name is null)
        {
            return null;
        }

        var nameExtent = command.CommandElements[0].Extent;
        if (banned.Match(name) is { } entry)
        {
            return (nameExtent, name, entry);
        }

        var canonical = BannedCommandList.Canonical(name);
        if (canonical.Equals("Add-Type", StringComparison.OrdinalIgnoreCase) && HasInlineCode(command))
        {
            return (nameExtent, name, BannedCommandList.AddTypeInlineCode);
        }

        if (canonical.Equals("Set-ExecutionPolicy", StringComparison.OrdinalIgnoreCase) && WeakensPolicy(command))
        {
            return (nameExtent, name, BannedCommandList.ExecutionPolicyWeakened);
        }

        return null;
    }

    /// <summary>Add-Type compiling source text: -TypeDefinition, -MemberDefinition, or source as the first positional argument.</summary>
    private static bool HasInlineCode(CommandAst command)
    {
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is CommandParameterAst parameter)
            {
                if (InlineCodeParameters.Any(p => p.StartsWith(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                // A parameter's value follows it (or is attached as -Name:value): it is not positional.
                if (parameter.Argument is null)
                {
                    i++;
                }

                continue;
            }

            return elements[i] is StringConstantExpressionAst or ExpandableStringExpressionAst;
        }

        return false;
    }

    private static bool WeakensPolicy(CommandAst command) =>
        command.CommandElements.Skip(1).Any(e =>
            (e is StringConstantExpressionAst s && WeakPolicies.Contains(s.Value, StringComparer.OrdinalIgnoreCase))
            || (e is CommandParameterAst { Argument: StringConstantExpressionAst a } && WeakPolicies.Contains(a.Value, StringComparer.OrdinalIgnoreCase)));

    private static (IScriptExtent Extent, string Written, string Banned) WebClientDownload(StringConstantExpressionAst member) =>
        (member.Extent, member.Value, BannedCommandList.WebClientDownload);

    private static SourceSpan At(string file, IScriptExtent extent) =>
        new(file, extent.StartLineNumber, extent.StartColumnNumber, extent.EndLineNumber, extent.EndColumnNumber);
}
