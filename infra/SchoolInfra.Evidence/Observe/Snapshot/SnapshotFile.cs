using System.Reflection;
using System.Text;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;

namespace SchoolInfra.Evidence.Observe.Snapshot;

/// <summary>
/// Reads and writes tenant snapshots. The documented place is <c>schools/&lt;stack&gt;/live/tenant.json</c>, beside the
/// saved drift results. Writing is atomic (never half a file); reading checks the format version before anything else
/// and refuses an unknown one (SI4111) rather than guess.
/// </summary>
public static class SnapshotFile
{
    /// <summary>The file's path relative to the repository root.</summary>
    public static string DefaultPath(string stack) => $"schools/{stack}/live/tenant.json";

    /// <summary>Snapshots of large tenants are a few MB; anything far beyond is not a snapshot.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The SchoolInfra version that writes snapshots (without the commit, so a snapshot does not change with every build).</summary>
    public static string ToolVersion { get; } =
        (typeof(SnapshotFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string Serialise(TenantSnapshot snapshot) =>
        JsonSerializer.Serialize(SnapshotNormaliser.Normalise(snapshot), SnapshotJson.Options).ReplaceLineEndings("\n") + "\n";

    public static void Write(string path, TenantSnapshot snapshot) => AtomicFile.WriteAllText(path, Serialise(snapshot));

    /// <summary>
    /// Reads a snapshot file through the safe reader (an ordinary file inside the repository, at most
    /// <see cref="MaxBytes"/>); null (with a diagnostic) when it is missing, refused, not JSON, or of an unknown version.
    /// </summary>
    public static TenantSnapshot? Read(SafeFileReader reader, string path, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (reader.IsMissing(path))
        {
            diagnostics.Add(ObserveDiagnostics.SnapshotUnreadable(display, "the file does not exist"));
            return null;
        }

        var bytes = reader.ReadBytes(path, display, diagnostics, maxBytes: MaxBytes);
        return bytes is null ? null : Parse(Encoding.UTF8.GetString(bytes), display, diagnostics);
    }

    public static TenantSnapshot? Parse(string json, string display, DiagnosticBag diagnostics)
    {
        try
        {
            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 }))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("schemaVersion", out var version))
                {
                    diagnostics.Add(ObserveDiagnostics.SnapshotUnreadable(display, "it has no schemaVersion"));
                    return null;
                }

                if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != TenantSnapshot.CurrentSchemaVersion)
                {
                    diagnostics.Add(ObserveDiagnostics.SnapshotVersionUnknown(display, version.GetRawText()));
                    return null;
                }
            }

            var snapshot = JsonSerializer.Deserialize<TenantSnapshot>(json, SnapshotJson.Options);
            if (snapshot is null)
            {
                diagnostics.Add(ObserveDiagnostics.SnapshotUnreadable(display, "it is empty"));
                return null;
            }

            return SnapshotNormaliser.Normalise(snapshot);
        }
        catch (JsonException ex)
        {
            diagnostics.Add(ObserveDiagnostics.SnapshotUnreadable(display, ex.LineNumber is { } line ? $"it is not valid at line {line + 1}" : "it is not valid JSON"));
            return null;
        }
    }
}
