using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using Azure.Storage.Queues;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>
/// The local host running the test worker app (LocalHost/TestWorker, built with the real worker packages) against
/// Azurite, with its own queue names. Timers run only through the admin endpoint.
/// </summary>
public sealed class TestWorkerHost(ServicesFixture services) : IAsyncLifetime
{
    public static string ScriptRoot => typeof(TestWorkerHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "TestWorkerRoot").Value!;

    public string Queue { get; } = "tw-" + Guid.NewGuid().ToString("N")[..16];

    public ConcurrentQueue<WorkerLogLine> Output { get; } = new();

    public LocalFunctionsHost Host { get; private set; } = default!;

    public HttpClient Http { get; private set; } = default!;

    public ServicesFixture Services => services;

    /// <summary>A queue in Azurite, messages as raw text (tests encode base64 themselves, or send text that is not).</summary>
    public QueueClient QueueClient(string name) => RawQueues(services).GetQueueClient(name);

    public static QueueServiceClient RawQueues(ServicesFixture services) =>
        new(services.Services.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    public static LocalFunctionsHostOptions Options(ServicesFixture services, string queue, ConcurrentQueue<WorkerLogLine> output) => new()
    {
        ScriptRootPath = ScriptRoot,
        Settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = services.Services.StorageConnectionString,
            ["TestWorker_Queue"] = queue,
        },
        Port = 0,
        RunTimers = false,
        WorkerOutput = output.Enqueue,
    };

    public async ValueTask InitializeAsync()
    {
        await QueueClient(Queue).CreateIfNotExistsAsync(); // the host polls a trigger queue; it does not create it
        Host = await LocalFunctionsHost.StartAsync(Options(services, Queue, Output), CancellationToken.None);
        Http = new HttpClient { BaseAddress = Host.BaseUri };
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public static string FromBase64(string text) => Encoding.UTF8.GetString(Convert.FromBase64String(text));

    /// <summary>Messages in the queue (peeked, at most 32); none while it does not exist.</summary>
    public async Task<List<string>> PeekAsync(string queue)
    {
        try
        {
            var messages = await QueueClient(queue).PeekMessagesAsync(32, TestContext.Current.CancellationToken);
            return messages.Value.Select(m => m.Body.ToString()).ToList();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds, up to <paramref name="seconds"/>; fails with the worker's last output.</summary>
    public async Task UntilAsync(Func<Task<bool>> done, int seconds = 30)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"Condition not met in {seconds} s. Worker output:\n" + string.Join('\n', Output.TakeLast(30)));
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
