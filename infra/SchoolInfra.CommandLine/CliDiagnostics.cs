using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.CommandLine;

/// <summary>SI9xxx: the command line.</summary>
public static class CliDiagnostics
{
    private static readonly SourceSpan CommandLine = SourceSpan.None;

    public static Diagnostic UnknownVerb(string verb, string? suggestion) => new(
        "SI9001", Severity.Error, CommandLine, $"\"{verb}\" is not a schoolinfra command.",
        suggestion is null ? "run schoolinfra --help to see the commands." : $"did you mean \"{suggestion}\"?");

    public static Diagnostic UnknownOption(string option, string verb, string? suggestion) => new(
        "SI9002", Severity.Error, CommandLine, $"\"{option}\" is not an option of \"{verb}\".",
        suggestion is null ? $"run schoolinfra {verb} --help to see its options." : $"did you mean \"{suggestion}\"?");

    public static Diagnostic MissingValue(string option) => new(
        "SI9003", Severity.Error, CommandLine, $"The option \"{option}\" needs a value.",
        $"write it as {option} VALUE.");

    public static Diagnostic BadStackName(string name) => new(
        "SI9004", Severity.Error, CommandLine, $"\"{name}\" is not a valid stack name.",
        "use lower-case letters, digits and hyphens, e.g. oakfield-primary.");

    public static Diagnostic BadValue(string option, string value, string expected) => new(
        "SI9005", Severity.Error, CommandLine, $"The option \"{option}\" is \"{value}\", which is not {expected}.",
        $"give {option} {expected}.");

    public static Diagnostic NoProject(string folder) => new(
        "SI9006", Severity.Error, CommandLine, $"No Pulumi.yaml was found in \"{folder}\" or any folder above it.",
        "run schoolinfra inside the SchoolInfra repository, or pass --root.");

    public static Diagnostic UnexpectedArgument(string argument, string verb) => new(
        "SI9007", Severity.Error, CommandLine, $"\"{argument}\" was not expected after \"{verb}\".",
        $"run schoolinfra {verb} --help to see how it is used.");

    public static Diagnostic NotARepository(string folder) => new(
        "SI9008", Severity.Error, CommandLine, $"\"{folder}\" is not inside a git repository, so its history cannot be read.",
        "run the command inside a clone of the school's repository.");

    public static Diagnostic UnknownRevision(string option, string revision) => new(
        "SI9009", Severity.Error, CommandLine, $"The revision \"{revision}\" given to {option} was not found in the repository.",
        "give a branch, tag or commit id that exists, e.g. origin/main; in CI, fetch enough history first.");

    public static Diagnostic MissingOption(string option, string verb) => new(
        "SI9010", Severity.Error, CommandLine, $"\"{verb}\" needs the option {option}.",
        $"run schoolinfra {verb} --help to see how it is used.");

    public static Diagnostic InsecureEndpoint(string option, string value) => new(
        "SI9121", Severity.Error, CommandLine, $"The option \"{option}\" is \"{value}\", which is not an https address (plain http is allowed only on this machine's loopback address).",
        $"give {option} an https:// address; a bearer token travels with every request.");

    public static Diagnostic BadTimeout(string value) => new(
        "SI9122", Severity.Error, CommandLine, $"The option \"--timeout\" is \"{value}\", which is not a number of seconds between 10 and 7200.",
        "give --timeout the longest the whole read may take, in seconds, e.g. --timeout 900.");

    public static Diagnostic FileSystemFailure(string reason) => new(
        "SI9011", Severity.Error, CommandLine, $"schoolinfra could not finish because a file or folder could not be read or written: {reason}.",
        "check the paths given to --out and --root, that you may write there and that the disk has room; no partial output was left behind.");

    public static Diagnostic BlockedByControl(SourceSpan at, string control, string severity, string summary, string? since) => new(
        "SI9012", Severity.Error, at,
        $"{control} ({severity}) is not met{(since is null ? string.Empty : $", and it was not failing at {since}")}, so validate --fail-on {severity} blocks the merge: {summary.TrimEnd('.')}.",
        "put it right, or record a waiver under schoolinfra:waivers with an end date (approved by the chair of governors for a high-severity control).");

    public static Diagnostic GitHubRepositoryUnknown(string? repository) => new(
        "SI9141", Severity.Warning, CommandLine, repository is null
            ? "A GitHub token is set but GITHUB_REPOSITORY is not, so approvals on GitHub were not checked."
            : $"GITHUB_REPOSITORY is \"{repository}\", which is not written as owner/name, so approvals on GitHub were not checked.",
        "set GITHUB_REPOSITORY to owner/name (GitHub Actions sets it for every job).");

    public static Diagnostic ApprovalsNotRead(string reason) => new(
        "SI9142", Severity.Warning, CommandLine, $"Approvals on GitHub were not checked ({reason.TrimEnd('.')}).",
        "give the job the permissions pull-requests: read and contents: read, and run it again.");

    public static Diagnostic Unexpected(string kind) => new(
        "SI9999", Severity.Error, CommandLine, $"schoolinfra stopped unexpectedly ({kind}). This is a bug.",
        "please report it with the command you ran; no output was written.");
}
