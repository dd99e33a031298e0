using Azure;
using Azure.Storage.Queues;
using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.Storage.Queues;

/// <summary>
/// Events for accounts no team owns: parked in <c>engagement-unrouted</c> (once per event, however often it is
/// redelivered), summarized, and replayed to the event queue once a team claims the account.
/// </summary>
public sealed class EventQueues(QueueServiceClient service, ParkedEvents parked)
{
    private readonly QueueClient _events = service.GetQueueClient(QueueNames.Events);
    private readonly QueueClient _unrouted = service.GetQueueClient(QueueNames.Unrouted);

    /// <summary>
    /// Keeps an event whose account no team owns, until <see cref="ReplayUnroutedAsync"/> moves it back. A redelivered
    /// event is parked once (<see cref="ParkedEvents"/>). Returns false when it was already parked; throws
    /// <see cref="ParkInProgressException"/> while another delivery of it is parking it, so this one is retried later.
    /// </summary>
    public async Task<bool> ParkUnroutedAsync(EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (await parked.BeginAsync(engagement, cancellationToken) is not { } marker)
        {
            return false;
        }

        await EventPublisher.SendAsync(_unrouted, new BinaryData(EventMessages.ToUtf8Json(engagement)), cancellationToken);
        await parked.CompleteAsync(engagement, marker, cancellationToken);
        return true;
    }

    /// <summary>
    /// Moves up to <paramref name="max"/> parked events back to the event queue; returns how many moved. Each is
    /// sent before it is deleted, so a failure in between replays it twice, never loses it (scoring is idempotent).
    /// Its park marker is forgotten, so if its account is still unknown it is parked again.
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
                await EventPublisher.SendAsync(_events, message.Body, cancellationToken);
                if (TryRead(message.Body) is { } engagement)
                {
                    await parked.ForgetAsync(engagement, cancellationToken);
                }

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
