using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SchoolInfra.Evidence.Observe.Http;

/// <summary>
/// Retries and time limits for every live read (Graph and Jamf), built on Polly: 429, 503 and 504 are retried after
/// the answer's Retry-After (integer, decimal or date) or, without one, an exponential back-off; each attempt,
/// including its body, has a time limit; no wait runs past the run's deadline or beyond
/// <see cref="ReadLimits.MaxRetryDelay"/> (the read gives up instead, and the area becomes unknown); at most
/// <see cref="ReadLimits.MaxConcurrentRequests"/> requests are in flight. It takes the place of the Graph SDK's
/// RetryHandler in the SDK's pipeline (see GraphClientBuilder for why).
/// </summary>
public sealed class ResilientReadHandler : DelegatingHandler
{
    private readonly ReadLimits _limits;
    private readonly DateTimeOffset _deadline;
    private readonly SemaphoreSlim _inFlight;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilientReadHandler(ReadLimits limits, DateTimeOffset deadline)
    {
        _limits = limits;
        _deadline = deadline;
        _inFlight = new SemaphoreSlim(Math.Max(1, limits.MaxConcurrentRequests));
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = limits.Time };
        if (limits.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = limits.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(Wait(args.Outcome, args.AttemptNumber) is not null),
                DelayGenerator = args => ValueTask.FromResult(Wait(args.Outcome, args.AttemptNumber)?.Delay),
                OnRetry = args =>
                {
                    var wait = Wait(args.Outcome, args.AttemptNumber);
                    _limits.OnRetry?.Invoke(new RetryNotice(args.Outcome.Result?.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty,
                        Reason(args.Outcome), args.RetryDelay, wait?.FromRetryAfter ?? false, args.AttemptNumber + 1));
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(limits.AttemptTimeout);
        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(async token =>
        {
            await _inFlight.WaitAsync(token).ConfigureAwait(false);
            try
            {
                var response = await base.SendAsync(request, token).ConfigureAwait(false);
                // The body counts towards the attempt's time limit: a server that stalls mid-body is a timeout too.
                await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
                return response;
            }
            finally
            {
                _inFlight.Release();
            }
        }, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inFlight.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The wait before the next try, or null when this outcome is not retried (success, other errors, or too long a wait).</summary>
    private (TimeSpan Delay, bool FromRetryAfter)? Wait(Outcome<HttpResponseMessage> outcome, int attempt)
    {
        var retryable = outcome switch
        {
            { Exception: TimeoutRejectedException or HttpRequestException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
            _ => false,
        };
        if (!retryable)
        {
            return null;
        }

        var now = _limits.Time.GetUtcNow();
        var fromHeader = outcome.Result is { } response ? RetryAfter.Read(response.Headers, now) : null;
        var delay = fromHeader ?? TimeSpan.FromTicks(_limits.BaseDelay.Ticks * (1L << Math.Min(attempt, 20)));
        if (fromHeader is null && delay > _limits.MaxRetryDelay)
        {
            delay = _limits.MaxRetryDelay;
        }

        return delay > _limits.MaxRetryDelay || now + delay >= _deadline ? null : (delay, fromHeader is not null);
    }

    private static string Reason(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => "timeout",
        { Exception: not null } => "network",
        { Result: { } r } => ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "unknown",
    };
}
