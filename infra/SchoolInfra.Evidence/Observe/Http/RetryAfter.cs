using System.Globalization;
using System.Net.Http.Headers;

namespace SchoolInfra.Evidence.Observe.Http;

/// <summary>
/// Reads a Retry-After header as Graph and Jamf send it: whole seconds (<c>5</c>), decimal seconds (<c>0.249</c>, not
/// valid HTTP but sent by Graph under load) or an HTTP date; the header name in any case. Kiota's own RetryHandler
/// parses only whole seconds and dates: a decimal makes it wait its default 3 seconds instead (live-reads.md).
/// </summary>
public static class RetryAfter
{
    public const string Header = "Retry-After";

    /// <summary>The wait the answer asks for; null when it has no usable Retry-After.</summary>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (!headers.NonValidated.TryGetValues(Header, out var values))
        {
            return null;
        }

        foreach (var raw in values)
        {
            if (Parse(raw, now) is { } delay)
            {
                return delay;
            }
        }

        return null;
    }

    public static TimeSpan? Parse(string? text, DateTimeOffset now)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
