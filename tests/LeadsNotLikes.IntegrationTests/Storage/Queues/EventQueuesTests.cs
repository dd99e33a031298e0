using Azure.Storage.Queues;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Storage.Queues;

/// <summary>Uses the fixed queue names, so it runs against its own Azurite instance.</summary>
public sealed class EventQueuesTests : IAsyncLifetime
{
    private LeadsNotLikes.LocalHost.Services.LocalServices? _azurite;
    private QueueServiceClient _client = default!;
    private CosmosTestDatabase _db = default!;
    private ParkedEvents _parked = default!;
    private EventQueues _queues = default!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _azurite = await ServicesFixture.StartAsync(LeadsNotLikes.LocalHost.Services.LocalServicePorts.Any);
        _client = ServicesFixture.QueuesOf(_azurite);
        _db = await CosmosTestDatabase.CreateAsync(_azurite);
        _parked = new ParkedEvents(_db.Client, _db.Options, _time);
        _queues = new EventQueues(_client, _parked);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _azurite!.DisposeAsync();
    }

    private async Task<int> UnroutedCountAsync()
    {
        var unrouted = _client.GetQueueClient(QueueNames.Unrouted);
        return await unrouted.ExistsAsync(Cancel) ? (await unrouted.GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount : 0;
    }

    private static EngagementEvent Event(int i, string account = "PAGE") => new()
    {
        EventId = $"event-{i}",
        Platform = Platforms.Facebook,
        AccountId = account,
        Kind = EngagementKind.Comment,
        Action = EngagementAction.Added,
        PostId = "P",
        ItemId = $"C{i}",
        Text = $"comment {i}",
        OccurredAt = DateTimeOffset.UnixEpoch.AddSeconds(i),
    };

    [Fact]
    public async Task Publish_CreatesTheQueue_AndWritesOneBase64JsonMessagePerEvent_ThatNeverExpires()
    {
        var events = Enumerable.Range(0, 40).Select(i => Event(i)).ToList();

        await new EventPublisher(_client).PublishAsync(events, Cancel);

        // Read raw, without the client's decoding: the wire text must be base64 of the event's JSON, as the trigger decodes it.
        var raw = new QueueServiceClient(_azurite!.StorageConnectionString).GetQueueClient(QueueNames.Events);
        var stored = new List<EngagementEvent>();
        Azure.Storage.Queues.Models.QueueMessage[] batch;
        while ((batch = (await raw.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), Cancel)).Value).Length > 0)
        {
            stored.AddRange(batch.Select(m => EventMessages.FromUtf8Json(Convert.FromBase64String(m.MessageText))));
            Assert.All(batch, m => Assert.True(m.ExpiresOn > DateTimeOffset.UtcNow.AddYears(100), "no expiry"));
        }

        Assert.Equal(events.OrderBy(e => e.EventId), stored.OrderBy(e => e.EventId));
    }

    [Fact]
    public async Task ParkAndReplay_MovesUnroutedEventsBackToTheEventQueue()
    {
        await _queues.ParkUnroutedAsync(Event(1, "UNKNOWN"), Cancel);
        await _queues.ParkUnroutedAsync(Event(2, "UNKNOWN"), Cancel);
        await _queues.ParkUnroutedAsync(Event(3, "OTHER"), Cancel);

        var summary = await _queues.SummarizeUnroutedAsync(Cancel);
        var replayed = await _queues.ReplayUnroutedAsync(1000, Cancel);

        Assert.Equal(3, summary.ApproximateCount);
        Assert.Equal(2, summary.SampleByAccount["facebook:UNKNOWN"]);
        Assert.Equal(3, replayed);
        Assert.Equal(0, await UnroutedCountAsync());
        var back = (await _client.GetQueueClient(QueueNames.Events).PeekMessagesAsync(32, Cancel)).Value;
        Assert.Equal(["event-1", "event-2", "event-3"], back.Select(m => EventMessages.FromUtf8Json(m.Body.ToArray()).EventId).Order());
    }

    [Fact]
    public async Task ParkUnrouted_HundredsOfConcurrentRedeliveries_ParkTheEventOnce_AndTheRestAreDroppedOrRetried()
    {
        // All at once, as a platform's retry storm would arrive: one delivery parks the event; the others find it
        // parked (dropped) or being parked (told to come back after the visibility timeout). None queues it again.
        var outcomes = await Task.WhenAll(Enumerable.Repeat(Event(7, "UNKNOWN"), 300).Select(async e =>
        {
            try
            {
                return await _queues.ParkUnroutedAsync(e, Cancel) ? "parked" : "duplicate";
            }
            catch (ParkInProgressException)
            {
                return "retry";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "parked"));
        Assert.Equal(1, await UnroutedCountAsync());
        // The retried deliveries, when they come back, find it parked.
        Assert.False(await _queues.ParkUnroutedAsync(Event(7, "UNKNOWN"), Cancel));
        Assert.Equal(1, await UnroutedCountAsync());
    }

    [Fact]
    public async Task ParkUnrouted_WhileAnotherDeliveryHoldsTheLease_IsRetriedAndQueuesNothing_ThenTakesOverWhenTheLeaseRunsOut()
    {
        // A delivery began parking and died before queueing the event (its marker is written, the queue is empty).
        Assert.NotNull(await _parked.BeginAsync(Event(9, "UNKNOWN"), Cancel));

        var during = await Assert.ThrowsAsync<ParkInProgressException>(() => _queues.ParkUnroutedAsync(Event(9, "UNKNOWN"), Cancel));
        Assert.Contains("event-9", during.Message, StringComparison.Ordinal);
        Assert.Equal(0, await UnroutedCountAsync());

        _time.Advance(ParkedEvents.Lease + TimeSpan.FromSeconds(1));
        Assert.True(await _queues.ParkUnroutedAsync(Event(9, "UNKNOWN"), Cancel));
        Assert.False(await _queues.ParkUnroutedAsync(Event(9, "UNKNOWN"), Cancel));
        Assert.Equal(1, await UnroutedCountAsync());
    }

    [Fact]
    public async Task CompletePark_AfterAReplayForgotTheMarker_LeavesItForgotten_SoTheReplayedEventCanBeParkedAgain()
    {
        // A park queued the event; before it confirmed its marker, a replay moved the event back and forgot the marker.
        var marker = await _parked.BeginAsync(Event(10, "UNKNOWN"), Cancel);
        await _parked.ForgetAsync(Event(10, "UNKNOWN"), Cancel);

        await _parked.CompleteAsync(Event(10, "UNKNOWN"), marker!, Cancel);

        // The replayed event is still unrouted when it is scored: it must be parked again, not dropped as a duplicate.
        Assert.True(await _queues.ParkUnroutedAsync(Event(10, "UNKNOWN"), Cancel));
    }

    [Fact]
    public async Task ParkUnrouted_AfterReplay_TheSameEventCanBeParkedAgain()
    {
        Assert.True(await _queues.ParkUnroutedAsync(Event(8, "UNKNOWN"), Cancel));
        Assert.Equal(1, await _queues.ReplayUnroutedAsync(10, Cancel));

        // Still no team owns the account when the replayed event is scored: it goes back to the unrouted queue.
        Assert.True(await _queues.ParkUnroutedAsync(Event(8, "UNKNOWN"), Cancel));
        Assert.Equal(1, await UnroutedCountAsync());
    }

    [Fact]
    public async Task SummarizeUnrouted_NoQueueYet_IsEmpty() =>
        Assert.Equal(0, (await _queues.SummarizeUnroutedAsync(Cancel)).ApproximateCount);
}
