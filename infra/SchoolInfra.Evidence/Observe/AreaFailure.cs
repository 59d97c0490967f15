using System.Net;
using System.Text.Json;
using System.Xml;
using Azure.Identity;
using Microsoft.Kiota.Abstractions;
using Polly.Timeout;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Evidence.Observe;

/// <summary>
/// Turns a failed read into the area's state and one diagnostic. Some pages read before the failure make the area
/// partial; none make it unknown. Never "absent": that is the mistake M365DSC made (reference/live-reads.md).
/// </summary>
internal static class AreaFailure
{
    /// <summary>Whether this exception is a failed read (to report), rather than a bug (to let through).</summary>
    public static bool IsReadFailure(Exception ex) => ex is ApiException or HttpRequestException or TimeoutRejectedException
        or OperationCanceledException or JsonException or XmlException or FormatException or AuthenticationFailedException
        or InvalidDataException;

    public static (AreaRead Read, Diagnostic Diagnostic) From(ObservedArea area, Exception ex, int count)
    {
        var words = AreaWords.Of(area);
        var status = ex switch
        {
            // Kiota reports a 2xx answer it could not deserialise as an ApiException with that status.
            ApiException { ResponseStatusCode: >= 200 and < 300 } => 0,
            ApiException api => api.ResponseStatusCode,
            HttpRequestException { StatusCode: { } code } => (int)code,
            _ => 0,
        };
        string? permission = null;
        var (problem, diagnostic) = status switch
        {
            401 => ("sign-in refused (401)", ObserveDiagnostics.SignInRefused(area is ObservedArea.JamfProfiles or ObservedArea.JamfPrestages ? "Jamf" : "Microsoft Graph")),
            403 => ($"refused (403): missing {permission = AreaWords.Permission(area)}", ObserveDiagnostics.Forbidden(words, AreaWords.Permission(area))),
            404 => ("not offered by the tenant (404)", ObserveDiagnostics.NotAvailable(words)),
            (int)HttpStatusCode.TooManyRequests or 503 or 504 => ($"still {status} after every retry", ObserveDiagnostics.Throttled(words, status.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            > 0 => ($"the server answered {status}", ObserveDiagnostics.ReadFailed(words, $"the server answered {status}")),
            _ => ex switch
            {
                TimeoutRejectedException or OperationCanceledException => ("timed out", ObserveDiagnostics.TimedOut(words)),
                JsonException or XmlException or FormatException or InvalidDataException or ApiException => ("the answer could not be read", ObserveDiagnostics.Malformed(words)),
                AuthenticationFailedException => ("sign-in failed", ObserveDiagnostics.NoCredential("the sign-in failed")),
                _ => ("network error", ObserveDiagnostics.ReadFailed(words, "network error")),
            },
        };
        if (count > 0)
        {
            return (new AreaRead(area, ReadState.Partial, count, problem, permission), ObserveDiagnostics.PartlyRead(words, count));
        }

        return (new AreaRead(area, ReadState.Unknown, 0, problem, permission), diagnostic);
    }
}
