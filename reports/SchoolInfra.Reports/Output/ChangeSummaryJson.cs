using System.Text.Encodings.Web;
using System.Text.Json;
using SchoolInfra.Reports.Plan;

namespace SchoolInfra.Reports.Output;

/// <summary>The change summary as JSON (camelCase names, indented, LF, one final newline), for CI and bots.</summary>
public static class ChangeSummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Plain apostrophes and quotes (the output is a file, never embedded in HTML or script).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ChangeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = JsonSerializer.Serialize(summary, Options);
        return json.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Reads a summary written by <see cref="Write"/> (for tests and tools).</summary>
    public static ChangeSummary? Read(string json) => JsonSerializer.Deserialize<ChangeSummary>(json, Options);
}
