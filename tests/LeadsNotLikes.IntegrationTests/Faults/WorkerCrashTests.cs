using System.Diagnostics;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 2: the function app's process killed (SIGKILL) mid-run, twice, and restarted by the local host.</summary>
[Collection(FaultCollection.Name)]
public sealed class WorkerCrashTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task WorkerKilledMidRun_IsRestarted_NothingLostNothingCountedTwice()
    {
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(3), 800, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), seed: 2);
        await using var stack = await FaultStack.StartAsync(Cancel);
        await stack.PutTeamsAsync(traffic.Teams, Cancel);
        var sender = stack.Sender();

        var watch = Stopwatch.StartNew();
        var sending = sender.DeliverAllAsync(traffic.Deliveries, concurrency: 8, Cancel);
        var killed = new List<int>();
        foreach (var share in new[] { 0.3, 0.65 })
        {
            await stack.UntilAsync(() => Task.FromResult(sender.Delivered >= traffic.Deliveries.Count * share || sending.IsCompleted),
                TimeSpan.FromSeconds(120), $"{share:P0} of the deliveries accepted", Cancel);
            killed.Add((await stack.Host.KillWorkerForTestAsync())!.Value);
        }

        await sending;
        await stack.DrainAsync(TimeSpan.FromSeconds(150), Cancel);

        Assert.Equal(traffic.Deliveries.Count, sender.Delivered);
        Assert.Equal(3, stack.Host.WorkerStarts);
        Assert.DoesNotContain(stack.Host.WorkerProcessId!.Value, killed);
        await stack.AssertStoredAsync(traffic, Cancel);
        Assert.Empty(await stack.PoisonAsync(Cancel));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{traffic.Events} events, {traffic.Deliveries.Count} deliveries, worker killed twice: all stored in {watch.Elapsed.TotalSeconds:F1} s; " +
            $"{sender.Attempts} requests, answers {sender.Describe()}");
    }
}
