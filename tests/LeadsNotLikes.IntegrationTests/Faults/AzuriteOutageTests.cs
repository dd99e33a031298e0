using System.Diagnostics;
using System.Net;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 3: Azurite stopped and restarted mid-run, its data kept on disk.</summary>
[Collection(FaultCollection.Name)]
public sealed class AzuriteOutageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task AzuriteStoppedMidRun_WebhooksAnswer503_ThePlatformRetries_NothingLostAfterItsBack()
    {
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(3), 800, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), seed: 3);
        await using var stack = await FaultStack.StartAsync(Cancel, persistAzurite: true);
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
        await stack.DrainAsync(TimeSpan.FromSeconds(120), Cancel);

        Assert.Equal(traffic.Deliveries.Count, sender.Delivered);
        await stack.AssertStoredAsync(traffic, Cancel);
        Assert.Empty(await stack.PoisonAsync(Cancel));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Azurite down for {down.TotalSeconds:F1} s (stopping took {stopped.TotalSeconds:F1} s) ({acceptedWhileDown} of {traffic.Deliveries.Count} deliveries accepted by then); " +
            $"{sender.Attempts} requests, answers {sender.Describe()}");
    }
}
