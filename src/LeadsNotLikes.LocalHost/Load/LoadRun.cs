using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using LeadsNotLikes.LocalHost.Demo;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;

namespace LeadsNotLikes.LocalHost.Load;

/// <summary>
/// The load benchmark (<c>--load</c>), on a stack of its own (services on free ports, the host stand-in, the worker):
/// the storage floor (raw Put Message to Azurite), webhook ingest at 1, 8, 32 and 128 concurrent senders with the
/// Score function disabled (as on Flex, where HTTP functions and each queue function scale on their own instances),
/// end to end from webhook to stored lead with each process's CPU, and an optional soak at a steady rate with the
/// worker's memory over time. Prints markdown for BENCHMARKS.md. Every loop is bounded in count and time.
/// </summary>
public sealed class LoadRun(string repoRoot, string scriptRoot, Action<string> print)
{
    private const string AppSecret = "load-run-app-secret-0123456789";
    private const string TeamId = "load";
    private const string PageId = "880000000000001";
    private static readonly int[] Levels = [1, 8, 32, 128];
    private int _comment;

    public async Task RunAsync(TimeSpan perLevel, int endToEndEvents, TimeSpan soak, CancellationToken cancellationToken)
    {
        await using var services = await LocalServices.StartAsync(repoRoot, LocalServicePorts.Any, print, cancellationToken);
        if (perLevel > TimeSpan.Zero)
        {
            await IngestAsync(services, perLevel, cancellationToken);

            // Azurite keeps every message it ever held in memory and slows down with them: start the end-to-end phase on
            // a fresh one, so it measures the pipeline rather than the ingest phase's leftovers.
            await services.Azurite.StopAsync();
            await services.Azurite.StartAsync(cancellationToken);
        }

        await EndToEndAndSoakAsync(services, endToEndEvents, soak, cancellationToken);
    }

    private async Task IngestAsync(LocalServices services, TimeSpan perLevel, CancellationToken cancellationToken)
    {
        print($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC. Each level runs {perLevel.TotalSeconds:F0} s.");
        print("");
        print("| Concurrent senders | Raw Azurite Put Message/s | p50 ms | p99 ms | Signed webhooks/s (1 event each) | p50 ms | p99 ms | errors |");
        print("|---|---|---|---|---|---|---|---|");
        var floor = new Dictionary<int, Level>();
        var queue = new QueueClient(services.StorageConnectionString, "load-floor", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var body = BinaryData.FromString(Comment(0).ToJsonString());
        foreach (var level in Levels)
        {
            floor[level] = await RunLevelAsync(level, perLevel, async ct => { await queue.SendMessageAsync(body, cancellationToken: ct); return true; }, cancellationToken);
        }

        await using (var ingest = await StartHostAsync(services, scoreEnabled: false, cancellationToken))
        {
            using var http = Client(ingest);
            await RunLevelAsync(8, TimeSpan.FromSeconds(2), ct => SendAsync(http, 1, ct), cancellationToken); // warm-up: JIT, connections
            foreach (var level in Levels)
            {
                var webhooks = await RunLevelAsync(level, perLevel, ct => SendAsync(http, 1, ct), cancellationToken);
                var raw = floor[level];
                print($"| {level} | {raw.PerSecond:F0} | {raw.P50:F1} | {raw.P99:F1} | {webhooks.PerSecond:F0} | {webhooks.P50:F1} | {webhooks.P99:F1} | {webhooks.Errors} |");
            }
        }

    }

    private async Task EndToEndAndSoakAsync(LocalServices services, int endToEndEvents, TimeSpan soak, CancellationToken cancellationToken)
    {
        await using var pipeline = await StartHostAsync(services, scoreEnabled: true, cancellationToken);
        using var client = Client(pipeline);
        var team = new { name = "Load", timeZone = "UTC", recipients = new[] { "load@example.test" }, accounts = new[] { new { platform = "facebook", accountId = PageId } } };
        (await client.PutAsJsonAsync($"api/manage/teams/{TeamId}", team, cancellationToken)).EnsureSuccessStatusCode();
        await EndToEndAsync(services, pipeline, client, endToEndEvents, cancellationToken);
        if (soak > TimeSpan.Zero)
        {
            await SoakAsync(services, pipeline, client, soak, cancellationToken);
        }
    }

    private async Task EndToEndAsync(LocalServices services, LocalFunctionsHost host, HttpClient http, int events, CancellationToken cancellationToken)
    {
        var processes = Processes(services, host);
        var before = processes.ToDictionary(p => p.Key, p => ProcessSample.Take(p.Value));
        var watch = Stopwatch.StartNew();
        var deliveries = events / 10;
        var sent = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, deliveries), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (_, ct) =>
            {
                if (await SendAsync(http, 10, ct))
                {
                    Interlocked.Add(ref sent, 10);
                }
            });
        var acknowledged = watch.Elapsed;
        var stored = await WaitForLeadsAsync(http, sent, TimeSpan.FromMinutes(10), cancellationToken);
        var elapsed = watch.Elapsed;
        var after = processes.ToDictionary(p => p.Key, p => ProcessSample.Take(p.Value));
        print("");
        print($"End to end: {sent} lead comments in {deliveries} signed deliveries (10 each, 8 senders): acknowledged in {acknowledged.TotalSeconds:F1} s, " +
              $"{stored} leads stored after {elapsed.TotalSeconds:F1} s = **{stored / elapsed.TotalSeconds:F0} events/s** from webhook to stored lead.");
        print("");
        print("| Process | CPU during the run (% of one core) | Memory at the end (MB) |");
        print("|---|---|---|");
        foreach (var (name, _) in processes)
        {
            if (before[name] is { } b && after[name] is { } a)
            {
                print($"| {name} | {a.CpuPercentSince(b):F0} | {a.ResidentBytes / 1048576.0:F0} |");
            }
        }
    }

    private async Task SoakAsync(LocalServices services, LocalFunctionsHost host, HttpClient http, TimeSpan duration, CancellationToken cancellationToken)
    {
        const int perSecond = 20;
        var events = new QueueClient(services.StorageConnectionString, "engagement-events");
        print("");
        print($"Soak: {perSecond} signed deliveries/s (1 lead comment each) for {duration.TotalMinutes:F0} minutes; one row per minute.");
        print("");
        print("| Minute | Sent | Ack p50 ms | Ack p99 ms | Errors | Queue backlog | Worker CPU % | Worker memory MB |");
        print("|---|---|---|---|---|---|---|---|");
        var watch = Stopwatch.StartNew();
        var minute = 0;
        var previous = ProcessSample.Take(host.WorkerProcessId);
        while (watch.Elapsed < duration)
        {
            var latencies = new ConcurrentBag<double>();
            var errors = 0;
            var window = Stopwatch.StartNew();
            var sends = new List<Task>();
            for (var i = 0; window.Elapsed < TimeSpan.FromMinutes(1) && watch.Elapsed < duration; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / perSecond);
                if (due > window.Elapsed)
                {
                    await Task.Delay(due - window.Elapsed, cancellationToken);
                }

                sends.Add(Task.Run(async () =>
                {
                    var one = Stopwatch.StartNew();
                    if (await SendAsync(http, 1, cancellationToken))
                    {
                        latencies.Add(one.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }, cancellationToken));
            }

            await Task.WhenAll(sends);
            var backlog = (await events.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            var now = ProcessSample.Take(host.WorkerProcessId);
            var cpu = now is not null && previous is not null && now.ProcessId == previous.ProcessId ? now.CpuPercentSince(previous) : double.NaN;
            print($"| {++minute} | {sends.Count} | {Percentiles.Of(latencies, 50):F1} | {Percentiles.Of(latencies, 99):F1} | {errors} | {backlog} | {cpu:F0} | {(now?.ResidentBytes ?? 0) / 1048576.0:F0} |");
            previous = now;
        }
    }

    private static async Task<Level> RunLevelAsync(int concurrency, TimeSpan duration, Func<CancellationToken, Task<bool>> operation, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < duration)
            {
                var one = Stopwatch.StartNew();
                if (await operation(cancellationToken))
                {
                    latencies.Add(one.Elapsed.TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, cancellationToken)));
        return new Level(latencies.Count / watch.Elapsed.TotalSeconds, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), errors);
    }

    private async Task<LocalFunctionsHost> StartHostAsync(LocalServices services, bool scoreEnabled, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(services.AppSettings)
        {
            ["Meta__AppSecret"] = AppSecret,
            ["Meta__VerifyToken"] = "load-run-verify-token",
            ["Smtp__From"] = "digest@leadsnotlikes.localhost",
            ["Cosmos__Database"] = "load",
            ["Logging__LogLevel__Default"] = "Warning", // per-event Information logs would dominate the measurement
        };
        if (!scoreEnabled)
        {
            settings["AzureWebJobs.Score.Disabled"] = "true";
        }

        return await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = scriptRoot,
            Settings = settings,
            Port = 0,
            RunTimers = false,
            WorkerOutput = line =>
            {
                if (line.Level >= LogLevel.Warning)
                {
                    print($"    [worker] {line}");
                }
            },
        }, cancellationToken);
    }

    private static HttpClient Client(LocalFunctionsHost host)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = host.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("x-functions-key", host.Keys.FunctionKey);
        return http;
    }

    private static Dictionary<string, int?> Processes(LocalServices services, LocalFunctionsHost host) => new()
    {
        ["Function app (isolated worker)"] = host.WorkerProcessId,
        ["Host stand-in (this process)"] = Environment.ProcessId,
        ["Azurite"] = services.Azurite.ProcessId,
        ["Cosmos DB server"] = services.Cosmos.ProcessId,
    };

    private async Task<bool> SendAsync(HttpClient http, int comments, CancellationToken cancellationToken)
    {
        var changes = Enumerable.Range(0, comments).Select(_ => (JsonNode)Comment(Interlocked.Increment(ref _comment))).ToArray();
        var delivery = new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject { ["id"] = PageId, ["time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["changes"] = new JsonArray(changes) }),
        }.ToJsonString();
        using var request = SignedDelivery.Create(delivery, AppSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static JsonObject Comment(int n) => new()
    {
        ["field"] = "feed",
        ["value"] = new JsonObject
        {
            ["item"] = "comment",
            ["verb"] = "add",
            ["comment_id"] = $"{PageId}_1_{n}",
            ["post_id"] = $"{PageId}_{n % 50}",
            ["parent_id"] = $"{PageId}_{n % 50}",
            ["from"] = new JsonObject { ["id"] = $"93{n}", ["name"] = "Load tester" },
            ["created_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["message"] = $"How much for order number {n}? I'd like to buy it today.",
        },
    };

    /// <summary>Polls the team's lead count every second (listing leads is a single-partition query).</summary>
    private static async Task<int> WaitForLeadsAsync(HttpClient http, int count, TimeSpan patience, CancellationToken cancellationToken)
    {
        var day = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var waited = Stopwatch.StartNew();
        var found = 0;
        while (waited.Elapsed < patience)
        {
            found = (await http.GetFromJsonAsync<JsonArray>($"api/manage/teams/{TeamId}/leads?day={day}", cancellationToken))!.Count;
            if (found >= count)
            {
                break;
            }

            await Task.Delay(1000, cancellationToken);
        }

        return found;
    }

    private sealed record Level(double PerSecond, double P50, double P99, int Errors);
}
