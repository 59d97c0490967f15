using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Scripts;

/// <summary>
/// One problem in a baseline script, at its place in the script file.
/// <paramref name="Subject"/> is the parser's message or the command as written; <paramref name="Banned"/> is the
/// banned entry it matched (e.g. <c>Invoke-Expression</c> for <c>iex</c>), empty for syntax errors.
/// </summary>
public sealed record ScriptProblem(ScriptProblemKind Kind, SourceSpan Location, string Subject, string Banned);
