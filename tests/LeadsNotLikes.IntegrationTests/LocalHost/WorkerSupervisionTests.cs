using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>The worker process's life: restarted after a crash, terminated and gone after shutdown. Each test has its own host.</summary>
public sealed class WorkerSupervisionTests(ServicesFixture services)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// How long these tests let a restart take: a trigger waits this long for the next worker (the host's default is
    /// 30 s) and the tests wait as long for its effect. A worker restart is a new .NET process starting and loading
    /// every function, which a slow, busy machine can stretch past 30 s; these tests are about what the restart does,
    /// not how fast it is.
    /// </summary>
    private static readonly TimeSpan RestartWait = TimeSpan.FromSeconds(120);

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<List<string>> PeekAsync(string queue)
    {
        try
        {
            return (await TestWorkerHost.RawQueues(services).GetQueueClient(queue).PeekMessagesAsync(32, Cancel)).Value.Select(m => TestWorkerHost.FromBase64(m.Body.ToString())).ToList();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> done, int seconds = 120)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(seconds), $"condition not met in {seconds} s");
            await Task.Delay(100, Cancel);
        }
    }

    private LocalFunctionsHostOptions Options(string queue, ConcurrentQueue<WorkerLogLine> output) =>
        TestWorkerHost.Options(services, queue, output) with { WorkerRestartWait = RestartWait };

    private async Task<LocalFunctionsHost> StartAsync(ConcurrentQueue<WorkerLogLine> output) =>
        await LocalFunctionsHost.StartAsync(Options("tw-" + Guid.NewGuid().ToString("N")[..16], output), Cancel);

    private LocalFunctionsHostOptions CrashingStarts(int crashes, string startLog, ConcurrentQueue<WorkerLogLine> output)
    {
        var options = TestWorkerHost.Options(services, "tw-" + Guid.NewGuid().ToString("N")[..16], output);
        return options with
        {
            Settings = new Dictionary<string, string>(options.Settings)
            {
                ["TestWorker_StartLog"] = startLog,
                ["TestWorker_CrashStarts"] = crashes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    [Fact]
    public async Task WorkerThatCrashesBeforeItConnects_IsStartedAgain_AndTheHostStarts()
    {
        var startLog = Path.Combine(Path.GetTempPath(), "tw-starts-" + Guid.NewGuid().ToString("N"));
        var output = new ConcurrentQueue<WorkerLogLine>();

        await using var host = await LocalFunctionsHost.StartAsync(CrashingStarts(WorkerSupervisor.StartAttempts - 1, startLog, output), Cancel);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", host.Keys.FunctionKey);

        Assert.Equal(HttpStatusCode.Created, (await http.GetAsync("api/echo/after-crashes", Cancel)).StatusCode);
        Assert.Equal(WorkerSupervisor.StartAttempts, File.ReadAllLines(startLog).Length);
        Assert.Equal(1, host.WorkerStarts);
        File.Delete(startLog);
    }

    [Fact]
    public async Task WorkerThatKeepsCrashingAtStart_FailsTheHostStart_AfterTheHostsErrorThreshold()
    {
        var startLog = Path.Combine(Path.GetTempPath(), "tw-starts-" + Guid.NewGuid().ToString("N"));

        var e = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => LocalFunctionsHost.StartAsync(CrashingStarts(99, startLog, new()), Cancel));

        Assert.Contains("exited with code", e.Message, StringComparison.Ordinal);
        Assert.Equal(WorkerSupervisor.StartAttempts, File.ReadAllLines(startLog).Length);
        File.Delete(startLog);
    }

    [Fact]
    public async Task KilledWorker_IsRestartedWithANewProcess_AndTheNextRequestSucceeds()
    {
        var output = new ConcurrentQueue<WorkerLogLine>();
        await using var host = await StartAsync(output);
        using var http = new HttpClient { BaseAddress = host.BaseUri, Timeout = RestartWait + TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("x-functions-key", host.Keys.FunctionKey);
        Assert.Equal(HttpStatusCode.Created, (await http.GetAsync("api/echo/before", Cancel)).StatusCode);

        var killed = (await host.KillWorkerForTestAsync())!.Value;
        var watch = Stopwatch.StartNew();
        using var after = await http.GetAsync("api/echo/after", Cancel); // waits for the new worker

        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(2, host.WorkerStarts);
        Assert.NotNull(host.WorkerProcessId);
        Assert.NotEqual(killed, host.WorkerProcessId);
        Assert.False(IsRunning(killed));
        TestContext.Current.TestOutputHelper?.WriteLine($"First request after SIGKILL answered in {watch.ElapsedMilliseconds} ms (restart included)");
    }

    [Fact]
    public async Task QueueMessage_ArrivingWhileTheWorkerRestarts_IsProcessedByTheNextWorker()
    {
        var output = new ConcurrentQueue<WorkerLogLine>();
        var queue = "tw-" + Guid.NewGuid().ToString("N")[..16];
        var client = TestWorkerHost.RawQueues(services).GetQueueClient(queue);
        await client.CreateIfNotExistsAsync(cancellationToken: Cancel);
        await using var host = await LocalFunctionsHost.StartAsync(Options(queue, output), Cancel);

        await host.KillWorkerForTestAsync();
        await client.SendMessageAsync(TestWorkerHost.Base64("after-crash"), Cancel);

        await UntilAsync(async () => (await PeekAsync(queue + "-out")).Any(m => m.StartsWith("after-crash|", StringComparison.Ordinal)));
        Assert.Equal(2, host.WorkerStarts);
    }

    [Fact]
    public async Task QueueMessage_InFlightWhenTheWorkerDies_FailsAndIsProcessedAgainByTheNextWorker()
    {
        var output = new ConcurrentQueue<WorkerLogLine>();
        var queue = "tw-" + Guid.NewGuid().ToString("N")[..16];
        var client = TestWorkerHost.RawQueues(services).GetQueueClient(queue);
        await client.CreateIfNotExistsAsync(cancellationToken: Cancel);
        await using var host = await LocalFunctionsHost.StartAsync(Options(queue, output), Cancel);

        var sent = await client.SendMessageAsync(TestWorkerHost.Base64("slow-in-flight"), Cancel);
        await UntilAsync(() => Task.FromResult(output.Any(l => l.Message == "Record slow-in-flight")));
        await host.KillWorkerForTestAsync();

        // The failed invocation released the message (visibilityTimeout 0); the next worker gets it as its second delivery.
        // (Exactly the second: the listener takes it again at once and waits for the next worker up to RestartWait, so
        // a slow restart does not fail that delivery too.)
        await UntilAsync(async () => (await PeekAsync(queue + "-out")).Contains($"slow-in-flight|2|{sent.Value.MessageId}"));
        Assert.Equal(2, host.WorkerStarts);
    }

    [Fact]
    public async Task Dispose_TerminatesTheWorker_AndLeavesNoProcess()
    {
        var host = await StartAsync(new ConcurrentQueue<WorkerLogLine>());
        var processId = host.WorkerProcessId!.Value;
        Assert.True(IsRunning(processId));

        var watch = Stopwatch.StartNew();
        await host.DisposeAsync();

        Assert.False(IsRunning(processId));
        // WorkerTerminate's grace alone is 5 s (then a kill); 30 s leaves room for a slow machine and still fails a
        // shutdown that hangs on the worker.
        Assert.True(watch.Elapsed < WorkerSupervisor.TerminateGrace + TimeSpan.FromSeconds(25), $"shutdown took {watch.Elapsed}");
        TestContext.Current.TestOutputHelper?.WriteLine($"Shutdown (WorkerTerminate, then exit) took {watch.ElapsedMilliseconds} ms");
    }
}
