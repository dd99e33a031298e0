using Microsoft.Azure.Cosmos;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Runs a query inside one logical partition and reads every page.</summary>
internal static class CosmosQueries
{
    /// <summary>Rows per page: -1 lets the service fill each page (up to 4 MB), so a digest reads a busy day in few round trips.</summary>
    public const int PageSize = -1;

    public static async Task<List<T>> ToListAsync<T>(Container container, QueryDefinition query, string partitionKey, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        using var iterator = container.GetItemQueryIterator<T>(query, requestOptions: new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(partitionKey),
            MaxItemCount = PageSize,
        });
        while (iterator.HasMoreResults)
        {
            results.AddRange(await iterator.ReadNextAsync(cancellationToken));
        }

        return results;
    }
}
