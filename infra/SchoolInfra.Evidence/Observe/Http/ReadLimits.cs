namespace SchoolInfra.Evidence.Observe.Http;

/// <summary>
/// How hard a live read tries before it reports an area as unknown: retries on 429, 503 and 504 (and on a timed-out
/// attempt), the longest wait it accepts from Retry-After, per-attempt and total time, and how many reads run at once.
/// Time comes from <see cref="Time"/>, so tests can run the clock faster without changing any delay.
/// </summary>
public sealed record ReadLimits
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Back-off when the answer has no Retry-After: this, doubled on each retry.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait; a Retry-After beyond it ends the read instead (the service is not coming back soon).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>One request, from sending to the end of its body (Graph's own default is 100 seconds).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The whole observe run; areas still unread at the end are unknown.</summary>
    public TimeSpan TotalTime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Areas read at the same time.</summary>
    public int MaxParallelReads { get; init; } = 4;

    /// <summary>Requests in flight at the same time, over all areas (Graph throttles per app and tenant).</summary>
    public int MaxConcurrentRequests { get; init; } = 4;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Told of every retry before its wait (progress display; tests record the delays).</summary>
    public Action<RetryNotice>? OnRetry { get; init; }
}
