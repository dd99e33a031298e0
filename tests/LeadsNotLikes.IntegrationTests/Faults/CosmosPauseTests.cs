using System.Diagnostics;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 4: the Cosmos DB server paused (SIGSTOP) mid-run, for less than the queue's retry window.</summary>
[Collection(FaultCollection.Name)]
public sealed class CosmosPauseTests
{
    /// <summary>
    /// The Cosmos SDK (gateway mode, as against the local server) gives up on a frozen server only after 65 s for a
    /// write, and retries a read three times (about 196 s), so a shorter pause fails nothing: the requests just wait.
    /// The pause lasts until a Score invocation has failed, at most this long, which stays inside the queue's retry
    /// window (host.json: visibilityTimeout 30 s × maxDequeueCount 5): a message fails at most twice, then succeeds.
    /// </summary>
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(140);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static int ScoreFailures(FaultStack stack) =>
        stack.HostWarnings.Count(l => l.Contains("Function Score invocation", StringComparison.Ordinal) && l.Contains("failed", StringComparison.Ordinal));

    [Fact(Timeout = 360_000)]
    public async Task CosmosPausedMidRun_ScoreFailsAndRetries_NothingPoisonedNothingCountedTwice()
    {
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(3), 800, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), seed: 4);
        await using var stack = await FaultStack.StartAsync(Cancel);
        await stack.PutTeamsAsync(traffic.Teams, Cancel);
        var sender = stack.Sender();

        // Most deliveries first; the rest while the server is frozen (webhooks need only the queue), so Score has work
        // that must fail during the pause however fast this machine drained the first part.
        var beforePause = traffic.Deliveries.Count * 6 / 10;
        await sender.DeliverAllAsync(traffic.Deliveries.Take(beforePause), concurrency: 8, Cancel);

        var pause = Stopwatch.StartNew();
        stack.Services.Cosmos.Pause();
        Task sending;
        try
        {
            sending = sender.DeliverAllAsync(traffic.Deliveries.Skip(beforePause), concurrency: 8, Cancel);
            while (pause.Elapsed < LongestPause && (ScoreFailures(stack) == 0 || pause.Elapsed < TimeSpan.FromSeconds(10)))
            {
                await Task.Delay(250, Cancel);
            }
        }
        finally
        {
            stack.Services.Cosmos.Resume();
        }

        var paused = pause.Elapsed;
        var failedDuringPause = ScoreFailures(stack);
        await sending;
        await stack.DrainAsync(TimeSpan.FromSeconds(240), Cancel);

        // The scenario happened: Score invocations failed while the server was frozen (read from the host's log, not a result).
        Assert.True(failedDuringPause > 0, $"no Score invocation failed during the {paused.TotalSeconds:F0} s pause.\n{stack.Diagnostics()}");
        Assert.Empty(await stack.PoisonAsync(Cancel));
        Assert.Equal(traffic.Deliveries.Count, sender.Delivered);
        await stack.AssertStoredAsync(traffic, Cancel);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Cosmos DB server paused {paused.TotalSeconds:F1} s; {failedDuringPause} Score invocations failed during it, {ScoreFailures(stack)} in all; answers {sender.Describe()}");
    }
}
