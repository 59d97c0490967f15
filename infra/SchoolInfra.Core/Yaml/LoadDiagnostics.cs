using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Yaml;

/// <summary>SI1xxx: reading files and text into nodes. One factory per code; never reuse a retired code.</summary>
public static class LoadDiagnostics
{
    public static Diagnostic Malformed(SourceSpan at, string problem) => new(
        "SI1001", Severity.Error, at, $"The file is not valid YAML: {problem}.",
        "check indentation (spaces, not tabs) and that every \"key: value\" has a space after the colon.");

    public static Diagnostic DuplicateKey(SourceSpan at, string key, SourceSpan first) => new(
        "SI1002", Severity.Error, at, $"The key \"{key}\" appears twice; the first is at line {first.Line}, column {first.Column}.",
        "keep one of them: YAML keeps only the last, which hides the other silently.");

    public static Diagnostic AliasNotAllowed(SourceSpan at) => new(
        "SI1003", Severity.Error, at, "Anchors and aliases (& and *) are not allowed in school files.",
        "write the value out in full, so a reviewer sees exactly what is declared.");

    public static Diagnostic TooLarge(SourceSpan at, string what) => new(
        "SI1004", Severity.Error, at, $"The input is too large or too deeply nested: {what}.",
        "check that this is the right file: school files and records are small, and Pulumi's output of one school stays well under the limit.");

    public static Diagnostic Unreadable(SourceSpan at, string file, string reason) => new(
        "SI1005", Severity.Error, at, $"The file \"{file}\" cannot be read: {reason}.",
        "check the path and the stack name.");

    public static Diagnostic MultipleDocuments(SourceSpan at) => new(
        "SI1006", Severity.Error, at, "The file holds more than one YAML document (a second \"---\").",
        "keep one document per file.");

    public static Diagnostic TagNotAllowed(SourceSpan at, string tag) => new(
        "SI1007", Severity.Error, at, $"The YAML tag \"{tag}\" is not allowed.",
        "remove the tag; values are typed by the school file's schema.");

    public static Diagnostic NotAStackFile(SourceSpan at) => new(
        "SI1008", Severity.Error, at, "The file has no \"config:\" section, so it is not a Pulumi stack file.",
        "a stack file starts with \"config:\" and holds schoolinfra:* keys under it.");

    public static Diagnostic EngineConfigInvalid(string problem) => new(
        "SI1009", Severity.Error, SourceSpan.At("PULUMI_CONFIG", 1, 1), $"PULUMI_CONFIG is not a JSON object of strings: {problem}.",
        "this variable is set by the Pulumi engine; unset it in the job environment if it was set by hand.");

    /// <param name="at">Where the refused path was given.</param>
    /// <param name="file">The path as the user gave it.</param>
    /// <param name="throughLink">True when the path is inside the repository but a link in it leads out.</param>
    public static Diagnostic LeavesRepository(SourceSpan at, string file, bool throughLink) => throughLink
        ? new("SI1010", Severity.Error, at, $"\"{file}\" is a link to a place outside the repository, so it was not read.",
            "put the file itself in the repository instead of a link: SchoolInfra reads and deploys only files inside it.")
        : new("SI1010", Severity.Error, at, $"\"{file}\" is outside the repository, so it was not read.",
            "copy the file into the repository (CI writes Pulumi's output next to the checkout's files) and give that path: SchoolInfra reads only files inside it.");

    public static Diagnostic NotAFile(SourceSpan at, string file, string what) => new(
        "SI1011", Severity.Error, at, $"\"{file}\" is {what}, not an ordinary file, so it was not read.",
        "replace it with an ordinary text file; SchoolInfra never reads folders, devices or pipes as files.");

    public static Diagnostic LinkLoop(SourceSpan at, string file) => new(
        "SI1012", Severity.Error, at, $"\"{file}\" is a link that goes round in a loop or through too many other links, so it was not read.",
        "replace the link with the file itself.");

    public static Diagnostic NotUtf8(SourceSpan at) => new(
        "SI1013", Severity.Error, at, "This line holds bytes that are not UTF-8 text.",
        "save the file as UTF-8 (editors call it \"UTF-8\"); retype any character that shows as a box or a question mark.");

    public static Diagnostic ControlCharacter(SourceSpan at, string character) => new(
        "SI1014", Severity.Error, at, $"The text holds the control character {character}, which is not allowed in school files.",
        "delete it: control characters can rewrite what a terminal or a report shows. Use a | block for text over several lines.");

    public static Diagnostic InvisibleInName(SourceSpan at, string character) => new(
        "SI1015", Severity.Error, at, $"The name holds the invisible character {character}, which can make it look like a different name.",
        "retype the name without it: names and keys may not hold right-to-left overrides, zero-width or other invisible characters.");
}
