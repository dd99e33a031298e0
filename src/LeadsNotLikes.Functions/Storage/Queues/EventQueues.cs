using Azure;
using Azure.Storage.Queues;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// The event queues: publishing verified events for the Score function, parking events for accounts no team owns,
/// and replaying parked events once a team claims the account. A missing queue is created on first use. The client
/// base64-encodes messages, as the queue trigger expects (<see cref="QueueStorage"/>).
/// </summary>
public sealed class EventQueues(QueueServiceClient service) : IEventPublisher
{
    /// <summary>How many sends run at once for one delivery (Meta batches up to 1,000 changes).</summary>
    private const int Parallelism = 16;

    /// <summary>Event messages never expire: an outage of the Score function must not lose events.</summary>
    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    private readonly QueueClient _events = service.GetQueueClient(QueueNames.Events);
    private readonly QueueClient _unrouted = service.GetQueueClient(QueueNames.Unrouted);

    public async Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (engagement, ct) => await SendAsync(_events, new BinaryData(EventMessages.ToUtf8Json(engagement)), ct));
    }

    /// <summary>Keeps an event whose account no team owns, until <see cref="ReplayUnroutedAsync"/> moves it back.</summary>
    public Task ParkUnroutedAsync(EngagementEvent engagement, CancellationToken cancellationToken) =>
        SendAsync(_unrouted, new BinaryData(EventMessages.ToUtf8Json(engagement)), cancellationToken);

    /// <summary>
    /// Moves up to <paramref name="max"/> parked events back to the event queue; returns how many moved. Each is
    /// sent before it is deleted, so a failure in between replays it twice, never loses it (scoring is idempotent).
    /// </summary>
    public async Task<int> ReplayUnroutedAsync(int max, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (moved < max)
        {
            var batch = await ReceiveUnroutedAsync(Math.Min(32, max - moved), cancellationToken);
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await SendAsync(_events, message.Body, cancellationToken);
                await _unrouted.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }

        return moved;
    }

    /// <summary>How many events are parked, and for which accounts (from the first 32 messages).</summary>
    public async Task<UnroutedSummary> SummarizeUnroutedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _unrouted.GetPropertiesAsync(cancellationToken);
            var sample = await _unrouted.PeekMessagesAsync(32, cancellationToken);
            var accounts = sample.Value
                .Select(m => TryRead(m.Body))
                .OfType<EngagementEvent>()
                .GroupBy(e => $"{e.Platform}:{e.AccountId}")
                .ToDictionary(g => g.Key, g => g.Count());
            return new UnroutedSummary(properties.Value.ApproximateMessagesCount, accounts);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new UnroutedSummary(0, new Dictionary<string, int>());
        }
    }

    private static async Task SendAsync(QueueClient queue, BinaryData body, CancellationToken cancellationToken)
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

    private async Task<Azure.Storage.Queues.Models.QueueMessage[]> ReceiveUnroutedAsync(int max, CancellationToken cancellationToken)
    {
        try
        {
            return (await _unrouted.ReceiveMessagesAsync(max, TimeSpan.FromMinutes(1), cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static EngagementEvent? TryRead(BinaryData body)
    {
        try
        {
            return EventMessages.FromUtf8Json(body.ToMemory().Span);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
