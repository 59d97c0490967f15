using System.Text.Json;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// One side of a property difference as it may be shown: canonical compact JSON for known values, or a marker for
/// absent values, secrets (never shown) and preview unknowns ("known after deploy"). Never holds a secret's text.
/// </summary>
/// <param name="Kind">Known, absent, secret or known after deploy.</param>
/// <param name="Json">Compact JSON of a known value (strings quoted); empty for the other kinds.</param>
public sealed record DriftValue(DriftValueKind Kind, string Json)
{
    public static DriftValue Absent { get; } = new(DriftValueKind.Absent, string.Empty);

    public static DriftValue Secret { get; } = new(DriftValueKind.Secret, string.Empty);

    public static DriftValue KnownAfterDeploy { get; } = new(DriftValueKind.KnownAfterDeploy, string.Empty);

    /// <summary>A known value from its compact JSON text, e.g. <c>"enabled"</c> (with quotes), <c>14</c> or <c>["mfa"]</c>.</summary>
    public static DriftValue Known(string json) => new(DriftValueKind.Known, json);

    public bool IsKnown => Kind == DriftValueKind.Known;

    /// <summary>The text of a known string value without quotes; null for other values and kinds.</summary>
    public string? Text
    {
        get
        {
            if (!IsKnown || Json.Length < 2 || Json[0] != '"')
            {
                return null;
            }

            using var document = JsonDocument.Parse(Json);
            return document.RootElement.GetString();
        }
    }

    /// <summary>How reports print it: the JSON of a known value, or a plain marker for the other kinds.</summary>
    public string Display => Kind switch
    {
        DriftValueKind.Known => Json,
        DriftValueKind.Absent => "(not set)",
        DriftValueKind.Secret => "(secret, hidden)",
        _ => "(known after deploy)",
    };
}
