using System.Diagnostics;
using System.Net;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 3: Azurite stopped and restarted mid-run, its data kept on disk.</summary>
[Collection(FaultCollection.Name)]
public sealed class AzuriteOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// The webhooks' side of an outage: the Score trigger is off while Azurite goes down and comes back (so no batch
    /// is caught mid-receive, see the next test), then a host with Score on processes what survived the restart.
    /// </summary>
    [Fact(Timeout = 300_000)]
    public async Task AzuriteStoppedMidRun_WebhooksAnswer503_ThePlatformRetries_NothingLostAfterItsBack()
    {
        await RunAsync(scoreRunning: false, drainLimit: TimeSpan.FromSeconds(150));
    }

    /// <summary>
    /// The same with Score running: when the outage catches its listener mid-receive, Azurite has leased that batch
    /// (the listener's 10-minute lease, as in Azure) but the listener never got it, so those messages come back only
    /// when the lease runs out. Nothing is lost, but this takes over 10 minutes, so it runs only when asked for.
    /// </summary>
    [Fact(Explicit = true, Timeout = 1_020_000)]
    public async Task AzuriteStoppedMidRun_WithScoreRunning_NothingLost_LeasedMessagesBackAfterTheirLease()
    {
        await RunAsync(scoreRunning: true, drainLimit: TimeSpan.FromMinutes(12));
    }

    private static async Task RunAsync(bool scoreRunning, TimeSpan drainLimit)
    {
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(3), 800, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), seed: 3);
        var scoreOff = new Dictionary<string, string> { ["AzureWebJobs.Score.Disabled"] = "true" };
        await using var stack = await FaultStack.StartAsync(Cancel, persistAzurite: true, settings: scoreRunning ? null : scoreOff);
        await stack.PutTeamsAsync(traffic.Teams, Cancel);
        var sender = stack.Sender();

        var sending = sender.DeliverAllAsync(traffic.Deliveries, concurrency: 8, Cancel);
        await stack.UntilAsync(() => Task.FromResult(sender.Delivered >= traffic.Deliveries.Count * 0.3 || sending.IsCompleted),
            TimeSpan.FromSeconds(120), "30% of the deliveries accepted", Cancel);
        Assert.False(sending.IsCompleted, "the traffic finished before Azurite could be stopped; send more");

        var outage = Stopwatch.StartNew();
        await stack.Services.Azurite.StopAsync();
        var stopped = outage.Elapsed;
        var refusedBefore = sender.Seen(HttpStatusCode.ServiceUnavailable);
        await stack.UntilAsync(() => Task.FromResult(sender.Seen(HttpStatusCode.ServiceUnavailable) > refusedBefore + 2),
            TimeSpan.FromSeconds(30), "webhooks answering 503 while Azurite is down", Cancel);
        var acceptedWhileDown = sender.Delivered;
        await stack.Services.Azurite.StartAsync(Cancel);
        var down = outage.Elapsed;

        await sending;
        if (!scoreRunning)
        {
            // Every event is still queued after the restart (redeliveries of half-queued deliveries may add copies).
            Assert.True(await stack.QueueDepthAsync(QueueNames.Events, Cancel) >= traffic.Events);
            await stack.RestartHostAsync(null, Cancel);
        }

        await stack.DrainAsync(drainLimit, Cancel);

        Assert.True(sender.Seen(HttpStatusCode.ServiceUnavailable) > 0);
        Assert.Equal(traffic.Deliveries.Count, sender.Delivered);
        await stack.AssertStoredAsync(traffic, Cancel);
        Assert.Empty(await stack.PoisonAsync(Cancel));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Azurite down for {down.TotalSeconds:F1} s (stopping took {stopped.TotalSeconds:F1} s; {acceptedWhileDown} of {traffic.Deliveries.Count} deliveries accepted by then); " +
            $"{sender.Attempts} requests, answers {sender.Describe()}");
    }
}
