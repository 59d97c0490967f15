using System.Text.Json;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// The JSON names Pulumi writes, in one place (pulumi/pulumi <c>pkg/display/json.go</c> <c>PreviewDigest</c>,
/// <c>sdk/go/common/apitype/events.go</c> <c>EngineEvent</c>, <c>apitype/core.go</c> <c>ResourceV3</c> and
/// <c>UntypedDeployment</c>), and the reader options every Pulumi reader uses.
/// </summary>
internal static class PulumiJson
{
    /// <summary>Deep enough for any resource's properties; a deeper document is refused rather than read partly.</summary>
    public const int MaxDepth = 256;

    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    // PreviewDigest
    public const string Config = "config";
    public const string Steps = "steps";
    public const string Diagnostics = "diagnostics";
    public const string Duration = "duration";
    public const string ChangeSummary = "changeSummary";
    public const string MaybeCorrupt = "maybeCorrupt";

    // PreviewStep
    public const string Op = "op";
    public const string Urn = "urn";
    public const string Provider = "provider";
    public const string OldState = "oldState";
    public const string NewState = "newState";
    public const string DiffReasons = "diffReasons";
    public const string ReplaceReasons = "replaceReasons";
    public const string DetailedDiff = "detailedDiff";

    // PropertyDiff: "kind" in a digest, "diffKind" in engine events.
    public const string Kind = "kind";
    public const string DiffKind = "diffKind";
    public const string InputDiff = "inputDiff";

    // ResourceV3 and StepEventStateMetadata
    public const string Type = "type";
    public const string Id = "id";
    public const string Custom = "custom";
    public const string External = "external";
    public const string Inputs = "inputs";
    public const string Outputs = "outputs";

    // Diagnostics
    public const string Message = "message";
    public const string Prefix = "prefix";
    public const string Severity = "severity";

    // EngineEvent
    public const string Sequence = "sequence";
    public const string Timestamp = "timestamp";
    public const string Events = "events";
    public const string PreludeEvent = "preludeEvent";
    public const string SummaryEvent = "summaryEvent";
    public const string ResourcePreEvent = "resourcePreEvent";
    public const string ResOutputsEvent = "resOutputsEvent";
    public const string ResOpFailedEvent = "resOpFailedEvent";
    public const string DiagnosticEvent = "diagnosticEvent";
    public const string Metadata = "metadata";
    public const string Old = "old";
    public const string New = "new";
    public const string Keys = "keys";
    public const string Diffs = "diffs";
    public const string IsPreview = "isPreview";
    public const string ResourceChanges = "resourceChanges";
    public const string Result = "result";

    // UntypedDeployment, VersionedCheckpoint
    public const string Version = "version";
    public const string Deployment = "deployment";
    public const string Checkpoint = "checkpoint";
    public const string Latest = "latest";
    public const string Stack = "stack";
    public const string Resources = "resources";
    public const string Manifest = "manifest";

    // The value markers are UTF-8 so that values are compared inside the parsed JSON without transcoding each time.

    /// <summary>A secret in a digest (even with --show-secrets; pulumi-contract.md C.6 item 5).</summary>
    public static ReadOnlySpan<byte> SecretText => "[secret]"u8;

    /// <summary>The key and value that mark a serialized secret object (<c>sdk/go/common/resource/sig/sig.go</c>).</summary>
    public static ReadOnlySpan<byte> SigKey => "4dabf18193072939515e22adb298388d"u8;

    public static ReadOnlySpan<byte> SecretSig => "1b47061264138c4ac30d75fd1eb44270"u8;

    /// <summary>A preview unknown (<c>pkg/resource/stack/deployment.go</c> <c>computedValuePlaceholder</c>).</summary>
    public static ReadOnlySpan<byte> UnknownValue => "04da6b54-80e4-46f7-96ec-b56ff0331ba9"u8;

    /// <summary>The root stack resource's type.</summary>
    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>Provider resources' type prefix.</summary>
    public const string ProviderTypePrefix = "pulumi:providers:";
}
