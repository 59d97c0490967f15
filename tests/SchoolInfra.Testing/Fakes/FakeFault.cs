namespace SchoolInfra.Testing.Fakes;

/// <summary>
/// One scripted bad answer of a fake API: a status code with Graph's error JSON (and a Retry-After header when given,
/// under the header name given), a malformed body, or a stall longer than any time limit.
/// </summary>
public sealed record FakeFault(int Status, string? RetryAfter = null, string RetryAfterHeader = "Retry-After", bool Malformed = false, TimeSpan? Stall = null)
{
    public static FakeFault Throttled(string? retryAfter) => new(429, retryAfter);

    public static FakeFault Unavailable(string? retryAfter = null) => new(503, retryAfter);

    public static FakeFault GatewayTimeout => new(504);

    public static FakeFault Forbidden => new(403);

    public static FakeFault ServerError => new(500);

    public static FakeFault MalformedBody => new(200, Malformed: true);

    public static FakeFault Hang(TimeSpan stall) => new(200, Stall: stall);
}
