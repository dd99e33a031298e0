using Azure;
using Azure.Storage.Queues;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Queues verified events for the Score function, one message per event, and returns only once every one is in the
/// queue. The client base64-encodes messages, as the queue trigger expects (<see cref="QueueStorage"/>). A missing
/// queue is created on first use.
/// </summary>
public sealed class EventPublisher(QueueServiceClient service) : IEventPublisher
{
    /// <summary>How many sends run at once for one delivery (Meta batches up to 1,000 changes).</summary>
    private const int Parallelism = 16;

    /// <summary>Event messages never expire: an outage of the Score function must not lose events.</summary>
    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    private readonly QueueClient _events = service.GetQueueClient(QueueNames.Events);

    public async Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (engagement, ct) => await SendAsync(_events, new BinaryData(EventMessages.ToUtf8Json(engagement)), ct));
    }

    /// <summary>Sends one message that never expires, creating the queue if it does not exist yet.</summary>
    internal static async Task SendAsync(QueueClient queue, BinaryData body, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendMessageAsync(body, visibilityTimeout: null, timeToLive: NeverExpire, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == "QueueNotFound")
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await queue.SendMessageAsync(body, visibilityTimeout: null, timeToLive: NeverExpire, cancellationToken);
        }
    }
}
