using System.Globalization;
using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Http;

namespace SchoolInfra.Cli.Output;

/// <summary>The words both progress displays use for an area's state and for a retry.</summary>
public static class ObserveProgressText
{
    public static string State(AreaRead read) => read.State switch
    {
        ReadState.Complete => $"{read.Count.ToString(CultureInfo.InvariantCulture)} read",
        ReadState.NotUsed => "not used by this school",
        ReadState.Partial => $"partial ({read.Count.ToString(CultureInfo.InvariantCulture)} read): {read.Problem}",
        _ => $"unknown: {read.Problem}",
    };

    public static string Retry(RetryNotice notice) =>
        $"{Reason(notice.Reason)}, trying again in {notice.Delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s" +
        $"{(notice.FromRetryAfter ? " (as the service asked)" : string.Empty)}, retry {notice.Attempt.ToString(CultureInfo.InvariantCulture)}";

    private static string Reason(string reason) => reason switch
    {
        "429" => "throttled (429)",
        "503" => "service unavailable (503)",
        "504" => "gateway timeout (504)",
        "timeout" => "no answer in time",
        _ => "network error",
    };
}
