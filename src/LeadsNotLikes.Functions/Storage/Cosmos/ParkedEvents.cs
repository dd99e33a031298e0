using System.Net;
using LeadsNotLikes.Events;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Parks each event for an unknown account once, however often the platform redelivers it: a marker per event id is
/// created, with a short lease, before the event is queued, and confirmed after. While the lease runs, a concurrent
/// delivery of the same event is told to come back later (<see cref="ParkInProgressException"/>); once it has run out
/// (the park failed half-way), the next delivery takes the marker over and queues the event, so nothing is lost; a
/// confirmed marker drops a redelivery. Replaying an event forgets its marker, so it can be parked again if its account
/// is still unknown.
/// </summary>
public sealed class ParkedEvents(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time)
{
    /// <summary>
    /// How long one park (a queue send and a marker write) may take before another delivery takes it over. Longer than
    /// a send with the SDK's retries; shorter than the queue's visibility timeout times its dequeue count (30 s × 5),
    /// so a delivery that found the park under way is retried after the lease has run out, before it is poisoned.
    /// </summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Directory);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    /// <summary>
    /// The marker's ETag when this delivery must queue the event now (it was never parked, or an earlier park did not
    /// finish within its lease); pass it to <see cref="CompleteAsync"/>. Null when it is parked already. Throws
    /// <see cref="ParkInProgressException"/> while another delivery holds the lease.
    /// </summary>
    public async Task<string?> BeginAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var now = time.GetUtcNow();
        var partition = new PartitionKey(Partition(engagement));
        var marker = new ParkedEventDocument(engagement.EventId, Partition(engagement), Parked: false, _ttl, now + Lease);
        var write = new ItemRequestOptions { EnableContentResponseOnWrite = false };
        try
        {
            return (await _container.CreateItemAsync(marker, partition, write, cancellationToken)).ETag;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await _container.ReadItemAsync<ParkedEventDocument>(marker.Id, partition, cancellationToken: cancellationToken);
            if (existing.Resource.Parked)
            {
                return null;
            }

            if (existing.Resource.LeaseUntil > now)
            {
                throw ParkInProgressException.For(engagement.EventId, existing.Resource.LeaseUntil);
            }

            try
            {
                var taken = await _container.ReplaceItemAsync(marker, marker.Id, partition,
                    new ItemRequestOptions { IfMatchEtag = existing.ETag, EnableContentResponseOnWrite = false }, cancellationToken);
                return taken.ETag; // the earlier park ran out of its lease: this delivery finishes it
            }
            catch (CosmosException r) when (r.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                throw ParkInProgressException.For(engagement.EventId, now + Lease); // another delivery took it over first
            }
        }
    }

    /// <summary>
    /// Confirms that the event is in the unrouted queue, if the marker is still the one <see cref="BeginAsync"/> wrote:
    /// a marker a replay has forgotten meanwhile stays forgotten (confirming it would drop the replayed event if it
    /// came back unrouted), and one another delivery took over after the lease is left to that delivery.
    /// </summary>
    public async Task CompleteAsync(EngagementEvent engagement, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var marker = new ParkedEventDocument(engagement.EventId, Partition(engagement), Parked: true, _ttl);
        try
        {
            await _container.ReplaceItemAsync(marker, marker.Id, new PartitionKey(marker.Pk),
                new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false }, cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            // Forgotten by a replay, or taken over by a later delivery: not this delivery's marker any more.
        }
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
