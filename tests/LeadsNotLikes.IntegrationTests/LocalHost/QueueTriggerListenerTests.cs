using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Storage.Queues;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Host.Rpc;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadsNotLikes.IntegrationTests.LocalHost;

/// <summary>
/// The stand-in's queue trigger against Azurite, with a recording invoker in place of the worker, so the host's own
/// semantics are what is under test: the invocation's data and metadata, delete on success, retry with
/// DequeueCount, the poison queue, undecodable messages.
/// </summary>
public sealed class QueueTriggerListenerTests(ServicesFixture services) : IAsyncLifetime
{
    private readonly string _queue = "lt-" + Guid.NewGuid().ToString("N")[..20];
    private readonly RecordingInvoker _invoker = new();
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QueueClient Queue(string name) => TestWorkerHost.RawQueues(services).GetQueueClient(name);

    public async ValueTask InitializeAsync() => await Queue(_queue).CreateIfNotExistsAsync(cancellationToken: Cancel);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task RunUntilAsync(Func<Task<bool>> done)
    {
        var function = new FunctionDefinition { Name = "Score", FunctionId = "score", Trigger = TriggerKind.Queue, BindingName = "message", QueueName = _queue, DataType = "String" };
        var settings = new QueueSettings
        {
            MaxPollingInterval = TimeSpan.FromMilliseconds(200),
            VisibilityTimeout = TimeSpan.Zero,
            BatchSize = 4,
            NewBatchThreshold = 2,
            MaxDequeueCount = 3,
        };
        var (queue, poison) = QueueTriggerListener.Clients(services.Services.StorageConnectionString, _queue);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var listener = new QueueTriggerListener(function, settings, queue, poison, _invoker, TimeProvider.System, NullLogger.Instance);
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
            return (await Queue(queue).GetPropertiesAsync(Cancel)).Value.ApproximateMessagesCount;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    [Fact]
    public async Task Success_DeliversTheDecodedMessageWithItsMetadata_AndDeletesIt()
    {
        const string json = "{\"eventId\":\"e1\",\"text\":\"ä \\\"q\\\"\"}";
        var sent = await Queue(_queue).SendMessageAsync(TestWorkerHost.Base64(json), Cancel);

        await RunUntilAsync(async () => _invoker.Calls.Count == 1 && await CountAsync(_queue) == 0);

        var call = Assert.Single(_invoker.Calls);
        Assert.Equal("message", call.InputData[0].Name);
        Assert.Equal(json, call.InputData[0].Data.String);
        Assert.Equal(json, call.TriggerMetadata["QueueTrigger"].String);
        Assert.Equal("1", call.TriggerMetadata["DequeueCount"].Json);
        Assert.Equal(sent.Value.MessageId, call.TriggerMetadata["Id"].String);
        Assert.False(string.IsNullOrEmpty(call.TriggerMetadata["PopReceipt"].String));
    }

    [Fact]
    public async Task Failure_IsRetriedUpToMaxDequeueCount_ThenPoisonedWithTheOriginalText()
    {
        _invoker.Result = _ => InvocationResult.Failure("boom");
        var text = TestWorkerHost.Base64("{\"eventId\":\"bad\"}");
        await Queue(_queue).SendMessageAsync(text, Cancel);

        await RunUntilAsync(async () => await CountAsync(_queue + "-poison") == 1 && await CountAsync(_queue) == 0);

        Assert.Equal(["1", "2", "3"], _invoker.Calls.Select(c => c.TriggerMetadata["DequeueCount"].Json));
        Assert.Equal(text, Assert.Single((await Queue(_queue + "-poison").PeekMessagesAsync(1, Cancel)).Value).Body.ToString());
    }

    [Fact]
    public async Task TransientFailure_IsRetried_AndThenDeleted()
    {
        _invoker.Result = call => call == 1 ? InvocationResult.Failure("transient") : InvocationResult.Success;
        await Queue(_queue).SendMessageAsync(TestWorkerHost.Base64("{}"), Cancel);

        await RunUntilAsync(async () => _invoker.Calls.Count == 2 && await CountAsync(_queue) == 0);

        Assert.Equal(["1", "2"], _invoker.Calls.Select(c => c.TriggerMetadata["DequeueCount"].Json));
        Assert.Equal(0, await CountAsync(_queue + "-poison"));
    }

    [Fact]
    public async Task NotBase64_GoesStraightToPoison_WithoutAnInvocation()
    {
        await Queue(_queue).SendMessageAsync("{plain json, not base64}", Cancel);

        await RunUntilAsync(async () => await CountAsync(_queue) == 0);

        Assert.Empty(_invoker.Calls);
        Assert.Equal("{plain json, not base64}", Assert.Single((await Queue(_queue + "-poison").PeekMessagesAsync(1, Cancel)).Value).Body.ToString());
    }

    [Fact]
    public async Task ABatch_IsInvokedConcurrently()
    {
        _invoker.Delay = TimeSpan.FromMilliseconds(500);
        for (var i = 0; i < 4; i++)
        {
            await Queue(_queue).SendMessageAsync(TestWorkerHost.Base64($"m{i}"), Cancel);
        }

        await RunUntilAsync(async () => _invoker.Calls.Count == 4 && await CountAsync(_queue) == 0);

        Assert.True(_invoker.MaxConcurrent > 1, $"max concurrency was {_invoker.MaxConcurrent}");
    }

    private sealed class RecordingInvoker : IFunctionInvoker
    {
        private int _running;

        public ConcurrentQueue<InvocationRequest> Calls { get; } = new();

        public Func<int, InvocationResult> Result { get; set; } = _ => InvocationResult.Success;

        public TimeSpan Delay { get; set; }

        public int MaxConcurrent { get; private set; }

        public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            MaxConcurrent = Math.Max(MaxConcurrent, running);
            try
            {
                Calls.Enqueue(request);
                await Task.Delay(Delay, cancellationToken);
                return Result(Calls.Count);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}
