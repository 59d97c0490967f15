using System.Collections.Immutable;

namespace SchoolInfra.Evidence.Observe;

/// <summary>Reads one area: objects read before a failure are kept, and the area is marked complete, partial or unknown.</summary>
internal static class AreaRunner
{
    public static async Task<ImmutableArray<T>> ReadAsync<T>(ObservedArea area, ObserveLog log, Func<List<T>, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        log.Started(area);
        var items = new List<T>();
        try
        {
            await read(items, cancellationToken).ConfigureAwait(false);
            log.Finished(new AreaRead(area, ReadState.Complete, items.Count));
        }
        catch (Exception ex) when (AreaFailure.IsReadFailure(ex))
        {
            var (failed, diagnostic) = AreaFailure.From(area, ex, items.Count);
            log.Finished(failed, diagnostic);
        }

        return [.. items];
    }

    /// <summary>An area the school does not use: nothing to read, and nothing to judge.</summary>
    public static void NotUsed(ObservedArea area, ObserveLog log) => log.Finished(new AreaRead(area, ReadState.NotUsed));
}
