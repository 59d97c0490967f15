using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SchoolInfra.Evidence.Observe.Graph;

/// <summary>Follows <c>@odata.nextLink</c> with the SDK's <see cref="PageIterator{TEntity,TCollectionPage}"/> until the last page.</summary>
internal static class GraphPages
{
    public static async Task CollectAsync<TEntity, TPage>(GraphServiceClient client, TPage? first, Action<TEntity> add, CancellationToken cancellationToken)
        where TPage : IParsable, IAdditionalDataHolder, new()
    {
        // An empty body (no JSON at all) is not an empty list: it is an answer that could not be read.
        if (first is null)
        {
            throw new InvalidDataException("Graph returned no body.");
        }

        var iterator = PageIterator<TEntity, TPage>.CreatePageIterator(client, first, item =>
        {
            add(item);
            return true;
        });
        await iterator.IterateAsync(cancellationToken).ConfigureAwait(false);
    }
}
