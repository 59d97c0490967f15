using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchoolInfra.Evidence.Observe.Snapshot;

/// <summary>
/// The snapshot file's JSON settings: camelCase names and enum values, indented, nulls written out (every field is
/// required on reading, so a truncated or hand-edited file is refused rather than half-read), unknown fields refused.
/// </summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new InstantJsonConverter() },
    };
}
