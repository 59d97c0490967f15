namespace SchoolInfra.Testing;

/// <summary>
/// A clock that runs <c>speed</c> times faster than the real one: timers and delays fire sooner (also when changed
/// after creation, as CancellationTokenSource and Polly do) and <see cref="GetUtcNow"/> moves faster, so retry waits
/// (Retry-After) and time limits keep their values but tests do not sleep for seconds.
/// </summary>
public sealed class ScaledTimeProvider(double speed) : TimeProvider
{
    private readonly DateTimeOffset _start = System.GetUtcNow();
    private readonly long _started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + (System.GetElapsedTime(_started) * speed);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    private TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : span / speed;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
