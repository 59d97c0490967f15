using System.Globalization;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// SI40xx: reading Pulumi's JSON and saved drift results. Every one of them stops the drift check: an input that
/// cannot be read completely is an error, never "no drift".
/// </summary>
public static class PulumiDiagnostics
{
    private const string RunAgain = "run the refresh again and pass its whole output; a file that cannot be read is never taken as \"no drift\".";

    public static Diagnostic Unreadable(string file, string reason) => new(
        "SI4001", Severity.Error, SourceSpan.At(file, 0, 0), $"The file \"{file}\" cannot be read: {reason}.",
        "check the path; pass the JSON that pulumi printed, e.g. --refresh refresh.json.");

    public static Diagnostic NotJson(SourceSpan at, string problem) => new(
        "SI4002", Severity.Error, at, $"The file is not valid JSON here: {problem}.", RunAgain);

    public static Diagnostic Truncated(SourceSpan at) => new(
        "SI4003", Severity.Error, at, "The file ends in the middle of a JSON document, so Pulumi's output was cut short.", RunAgain);

    public static Diagnostic UnknownDocument(SourceSpan at) => new(
        "SI4004", Severity.Error, at,
        "The file is not a Pulumi output SchoolInfra reads (a refresh or preview digest, engine events, a stack export or a state file).",
        "pass the output of: pulumi refresh --preview-only --json --stack STACK");

    public static Diagnostic UnsupportedStateVersion(SourceSpan at, int version) => new(
        "SI4005", Severity.Error, at,
        string.Create(CultureInfo.InvariantCulture, $"The state has version {version}; SchoolInfra reads versions 3 and 4."),
        version < 3 ? "export the state with a current Pulumi CLI (pulumi stack export)." : "update SchoolInfra, or export with --version 3.");

    public static Diagnostic WrongShape(SourceSpan at, string field, string expected, string found) => new(
        "SI4006", Severity.Error, at, $"\"{field}\" should be {expected}, but it is {found}.", RunAgain);

    public static Diagnostic MissingField(SourceSpan at, string what, string field) => new(
        "SI4007", Severity.Error, at, $"The {what} has no \"{field}\".", RunAgain);

    public static Diagnostic UnknownOp(SourceSpan at, string op) => new(
        "SI4008", Severity.Error, at, $"\"{op}\" is not a step operation SchoolInfra knows.",
        "update SchoolInfra for this Pulumi CLI, or pin the CLI version the drift workflow uses.");

    public static Diagnostic NotRefreshed(SourceSpan at) => new(
        "SI4009", Severity.Error, at, "This preview did not refresh, so it says nothing about the live systems.",
        "run pulumi refresh --preview-only --json, or pulumi preview --refresh --json.");

    public static Diagnostic NothingRead(SourceSpan at) => new(
        "SI4010", Severity.Error, at, "The refresh read no resources: the stack has never been deployed, or this is not its refresh.",
        "deploy the stack first, or check that the file is the output of the refresh for this school.");

    public static Diagnostic MaybeCorrupt(SourceSpan at) => new(
        "SI4011", Severity.Error, at, "Pulumi reports that the state may be corrupt, so this drift check cannot be trusted.",
        "look at the run's log, repair the state (pulumi stack export / import), then run the refresh again.");

    public static Diagnostic RunFailed(SourceSpan at, string message) => new(
        "SI4012", Severity.Error, at, $"Pulumi reported an error that stopped the run: {message.TrimEnd('.', ' ', '\n')}.",
        "fix the cause (credentials, network, provider) and run the refresh again.");

    public static Diagnostic NotACheck(SourceSpan at, string operation) => new(
        "SI4013", Severity.Error, at, $"These engine events are from {operation}, which changes the live systems; they are not a drift check.",
        "pass the events of pulumi refresh (--event-log or --json), or its --preview-only --json digest.");

    public static Diagnostic OtherStack(SourceSpan at, string found, string expected) => new(
        "SI4014", Severity.Error, at, $"The file is about the stack \"{found}\", not \"{expected}\".",
        "pass the refresh of this school's stack, or name the right school with --stack.");

    public static Diagnostic CliTooOld(string version) => new(
        "SI4015", Severity.Error, SourceSpan.None,
        $"Pulumi CLI {version} is older than 3.227, the first version whose refresh output and exit codes SchoolInfra trusts.",
        "install the CLI version pinned in .pulumi-version.");

    public static Diagnostic EventsUnfinished(SourceSpan at) => new(
        "SI4016", Severity.Error, at, "The engine events end without a summary, so the run did not finish or the file was cut short.", RunAgain);
}
