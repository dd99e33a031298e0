using System.Net;
using LeadsNotLikes.Events;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Parks each event for an unknown account once, however often the platform redelivers it: a marker per event id is
/// created before the event is queued and confirmed after. A marker that was created but not confirmed (the park
/// failed half-way) lets the next attempt queue it again, so nothing is lost; a confirmed marker drops a redelivery.
/// Replaying an event forgets its marker, so it can be parked again if its account is still unknown.
/// </summary>
public sealed class ParkedEvents(CosmosClient client, IOptions<CosmosOptions> options)
{
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Directory);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    /// <summary>True when the event must be queued now: it was never parked, or an earlier park did not finish.</summary>
    public async Task<bool> BeginAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var marker = new ParkedEventDocument(engagement.EventId, Partition(engagement), Parked: false, _ttl);
        try
        {
            await _container.CreateItemAsync(marker, new PartitionKey(marker.Pk), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await _container.ReadItemAsync<ParkedEventDocument>(marker.Id, new PartitionKey(marker.Pk), cancellationToken: cancellationToken);
            return !existing.Resource.Parked;
        }
    }

    /// <summary>Confirms that the event is in the unrouted queue.</summary>
    public Task CompleteAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var marker = new ParkedEventDocument(engagement.EventId, Partition(engagement), Parked: true, _ttl);
        return _container.UpsertItemAsync(marker, new PartitionKey(marker.Pk), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
    }

    /// <summary>Forgets the event's marker once it left the unrouted queue.</summary>
    public async Task ForgetAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        try
        {
            await _container.DeleteItemAsync<ParkedEventDocument>(engagement.EventId, new PartitionKey(Partition(engagement)), cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // Parked before markers existed, or already forgotten.
        }
    }

    private static string Partition(EngagementEvent engagement) => $"parked:{engagement.Platform}:{engagement.AccountId}";
}
