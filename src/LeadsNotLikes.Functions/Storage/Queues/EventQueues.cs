using Azure;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// The event queues: publishing verified events for the Score function, parking events for accounts no team owns,
/// and replaying parked events once a team claims the account. A missing queue is created on first use.
/// </summary>
public sealed class EventQueues(StorageQueueClient queues) : IEventPublisher
{
    /// <summary>How many puts run at once for one delivery (Meta batches up to 1,000 changes).</summary>
    private const int Parallelism = 16;

    /// <summary>Event messages never expire: an outage of the Score function must not lose events.</summary>
    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    public async Task PublishAsync(IReadOnlyList<EngagementEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (engagement, ct) => await SendAsync(QueueNames.Events, EventMessages.Encode(engagement), ct));
    }

    /// <summary>Keeps an event whose account no team owns, until <see cref="ReplayUnroutedAsync"/> moves it back.</summary>
    public Task ParkUnroutedAsync(EngagementEvent engagement, CancellationToken cancellationToken) =>
        SendAsync(QueueNames.Unrouted, EventMessages.Encode(engagement), cancellationToken);

    /// <summary>Moves up to <paramref name="max"/> parked events back to the event queue; returns how many moved.</summary>
    public async Task<int> ReplayUnroutedAsync(int max, CancellationToken cancellationToken)
    {
        var moved = 0;
        while (moved < max)
        {
            var batch = await ReceiveAsync(QueueNames.Unrouted, Math.Min(32, max - moved), cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await SendAsync(QueueNames.Events, message.Text, cancellationToken);
                await queues.DeleteMessageAsync(QueueNames.Unrouted, message.MessageId, message.PopReceipt, cancellationToken);
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
            var count = await queues.GetApproximateMessageCountAsync(QueueNames.Unrouted, cancellationToken);
            var sample = await queues.PeekMessagesAsync(QueueNames.Unrouted, 32, cancellationToken);
            var accounts = sample
                .Select(m => TryDecode(m.Text))
                .OfType<EngagementEvent>()
                .GroupBy(e => $"{e.Platform}:{e.AccountId}")
                .ToDictionary(g => g.Key, g => g.Count());
            return new UnroutedSummary(count, accounts);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new UnroutedSummary(0, new Dictionary<string, int>());
        }
    }

    private async Task SendAsync(string queue, string text, CancellationToken cancellationToken)
    {
        try
        {
            await queues.SendMessageAsync(queue, text, NeverExpire, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == "QueueNotFound")
        {
            await queues.CreateQueueIfNotExistsAsync(queue, cancellationToken);
            await queues.SendMessageAsync(queue, text, NeverExpire, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int max, CancellationToken cancellationToken)
    {
        try
        {
            return await queues.ReceiveMessagesAsync(queue, max, TimeSpan.FromMinutes(1), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static EngagementEvent? TryDecode(string text)
    {
        try
        {
            return EventMessages.Decode(text);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
