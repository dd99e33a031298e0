using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LeadsNotLikes.Hosting;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>
/// The stand-in's queue trigger against Azurite, with a stub in place of the custom handler, so the host's own
/// contract is what is under test: envelope, delete on success, retry with DequeueCount, poison queue.
/// </summary>
public sealed class QueueTriggerListenerTests(ServicesFixture services) : IAsyncLifetime
{
    private readonly string _queue = "lt-" + Guid.NewGuid().ToString("N")[..20];
    private readonly ConcurrentQueue<(string Data, string DequeueCount)> _calls = new();
    private readonly StorageQueueClient _client = services.Queues;
    private Func<int, int> _status = _ => 200;
    private WebApplication _stub = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _stub = builder.Build();
        _stub.MapPost("/Score", async (HttpRequest request) =>
        {
            var invocation = await InvocationRequest.ReadAsync(request, request.HttpContext.RequestAborted);
            _calls.Enqueue((invocation.GetString("event")!, invocation.GetMetadata("DequeueCount")!));
            return Results.StatusCode(_status(_calls.Count));
        });
        await _stub.StartAsync(Cancel);
        await _client.CreateQueueIfNotExistsAsync(_queue, Cancel);
    }

    public async ValueTask DisposeAsync() => await _stub.DisposeAsync();

    private async Task RunUntilAsync(Func<Task<bool>> done)
    {
        var function = new FunctionDefinition { Name = "Score", Trigger = TriggerKind.Queue, BindingName = "event", QueueName = _queue };
        var settings = new QueueSettings
        {
            MaxPollingInterval = TimeSpan.FromMilliseconds(200),
            VisibilityTimeout = TimeSpan.Zero,
            BatchSize = 4,
            NewBatchThreshold = 2,
            MaxDequeueCount = 3,
        };
        using var invoker = new FunctionInvoker(new Uri(_stub.Urls.First() + "/"), TimeSpan.FromSeconds(30), NullLogger.Instance);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var listener = new QueueTriggerListener(function, settings, _client, invoker, TimeProvider.System, NullLogger.Instance);
        var running = listener.RunAsync(stop.Token);
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the listener did not finish in time");
            await Task.Delay(50, Cancel);
        }

        await stop.CancelAsync();
        await running;
    }

    /// <summary>Messages in the queue; 0 while it does not exist (the poison queue is created on first use).</summary>
    private async Task<int> CountAsync(string queue)
    {
        try
        {
            return await _client.GetApproximateMessageCountAsync(queue, Cancel);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Success_DeliversTheDecodedMessage_AndDeletesIt()
    {
        const string json = "{\"eventId\":\"e1\",\"text\":\"ä \\\"q\\\"\"}";
        await _client.SendMessageAsync(_queue, Base64(json), cancellationToken: Cancel);

        await RunUntilAsync(async () => _calls.Count == 1 && await CountAsync(_queue) == 0);

        Assert.Equal((json, "1"), Assert.Single(_calls));
    }

    [Fact]
    public async Task Failure_IsRetriedUpToMaxDequeueCount_ThenPoisoned()
    {
        _status = _ => 500;
        var text = Base64("{\"eventId\":\"bad\"}");
        await _client.SendMessageAsync(_queue, text, cancellationToken: Cancel);

        await RunUntilAsync(async () => await CountAsync(_queue + "-poison") == 1 && await CountAsync(_queue) == 0);

        Assert.Equal(["1", "2", "3"], _calls.Select(c => c.DequeueCount));
        Assert.Equal(text, Assert.Single(await _client.PeekMessagesAsync(_queue + "-poison", 1, Cancel)).Text);
    }

    [Fact]
    public async Task TransientFailure_IsRetried_AndThenDeleted()
    {
        _status = call => call == 1 ? 503 : 200;
        await _client.SendMessageAsync(_queue, Base64("{}"), cancellationToken: Cancel);

        await RunUntilAsync(async () => _calls.Count == 2 && await CountAsync(_queue) == 0);

        Assert.Equal(["1", "2"], _calls.Select(c => c.DequeueCount));
        Assert.Equal(0, await CountAsync(_queue + "-poison"));
    }

    [Fact]
    public async Task NotBase64_GoesStraightToPoison_WithoutAnInvocation()
    {
        await _client.SendMessageAsync(_queue, "{plain json, not base64}", cancellationToken: Cancel);

        await RunUntilAsync(async () => await CountAsync(_queue) == 0);

        Assert.Empty(_calls);
        Assert.Equal("{plain json, not base64}", Assert.Single(await _client.PeekMessagesAsync(_queue + "-poison", 1, Cancel)).Text);
    }
}
