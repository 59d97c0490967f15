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

        PageIterator<TEntity, TPage> iterator;
        try
        {
            iterator = PageIterator<TEntity, TPage>.CreatePageIterator(client, first, item =>
            {
                add(item);
                return true;
            });
        }
        catch (ArgumentException ex)
        {
            // The SDK's way of saying the page has no "value" list: an answer that is not a Graph collection.
            throw new InvalidDataException("The answer is not a Graph collection.", ex);
        }
        await iterator.IterateAsync(cancellationToken).ConfigureAwait(false);
    }
}
