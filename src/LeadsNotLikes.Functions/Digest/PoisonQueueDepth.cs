using Azure;
using Azure.Storage.Queues;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.Digest;

/// <summary>How many messages sit in the poison queue now (the service's approximate count), for the digest's health section.</summary>
public sealed class PoisonQueueDepth(QueueServiceClient queues)
{
    /// <summary>The approximate count; null when the queue cannot be read (the digest then says "unknown").</summary>
    public async Task<int?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var properties = await queues.GetQueueClient(QueueNames.EventsPoison).GetPropertiesAsync(cancellationToken);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0; // never created: nothing was ever poisoned
        }
        catch (RequestFailedException)
        {
            return null;
        }
    }
}
