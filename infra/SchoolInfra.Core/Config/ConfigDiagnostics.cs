using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Core.Config;

/// <summary>SI20xx: the generic checks every setting gets (names, types, ranges, references).</summary>
public static class ConfigDiagnostics
{
    public static Diagnostic UnknownKey(SourceSpan at, string key, string? suggestion, string where) => new(
        "SI2001", Severity.Error, at, $"\"{key}\" is not a setting SchoolInfra knows {where}.",
        suggestion is null ? "check the spelling against the schema (schools/schoolinfra.schema.json)." : $"did you mean \"{suggestion}\"?");

    public static Diagnostic Missing(SourceSpan at, string key, string where) => new(
        "SI2002", Severity.Error, at, $"The setting \"{key}\" is missing {where}.",
        $"add \"{key}:\" here; the schema (schools/schoolinfra.schema.json) describes it.");

    public static Diagnostic WrongType(SourceSpan at, string key, string expected, string found) => new(
        "SI2003", Severity.Error, at, $"\"{key}\" should be {expected}, but it is {found}.",
        "see the schema (schools/schoolinfra.schema.json) for what this setting takes.");

    public static Diagnostic UnknownReference(SourceSpan at, string what, string value, string? suggestion, string declaredUnder) => new(
        "SI2004", Severity.Error, at, $"{what} \"{value}\" is not declared.",
        suggestion is null ? $"declare it under {declaredUnder}." : $"declare it under {declaredUnder}, or use \"{suggestion}\".");

    public static Diagnostic OutOfRange(SourceSpan at, string key, string value, string allowed) => new(
        "SI2005", Severity.Error, at, $"\"{key}\" is {value}, which is outside the allowed range ({allowed}).",
        $"use a value {allowed}.");

    public static Diagnostic Duplicate(SourceSpan at, string what, string value, SourceSpan first) => new(
        "SI2006", Severity.Error, at, $"{what} \"{value}\" is declared twice; the first is at line {first.Line}.",
        "give each one its own name, or remove the copy.");

    public static Diagnostic BadFormat(SourceSpan at, string key, string value, string expected) => new(
        "SI2007", Severity.Error, at, $"\"{key}\" is \"{value}\", which is not {expected}.",
        $"write it as {expected}.");

    public static Diagnostic SecretInPlainText(SourceSpan at, string key) => new(
        "SI2008", Severity.Error, at, $"\"{key}\" is a secret but is stored as plain text in the stack file.",
        $"remove it and run: pulumi config set --secret {key} (the value is then stored encrypted).");

    public static Diagnostic EncryptedButNotSecret(SourceSpan at, string key) => new(
        "SI2009", Severity.Error, at, $"\"{key}\" is encrypted, but SchoolInfra needs to read it to build the school.",
        $"store it in plain text (pulumi config set {key} ...); only secret settings may be encrypted.");
}
