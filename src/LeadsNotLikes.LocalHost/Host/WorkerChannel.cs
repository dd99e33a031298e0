using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The host's side of one worker's <c>FunctionRpc.EventStream</c>: a single writer for outgoing messages (gRPC
/// streams allow one write at a time), and replies matched to their requests by what the host matches them by
/// (init and metadata: one at a time; loads by <c>function_id</c>; invocations by <c>invocation_id</c>; status by
/// <c>request_id</c>), since the worker handles each message on its own task and replies in any order. <c>RpcLog</c>
/// may arrive at any time and goes to the output callback. When the stream ends, every pending request fails.
/// </summary>
internal sealed class WorkerChannel
{
    private readonly Channel<StreamingMessage> _outbox = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _invocationFunctions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Exception> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _streamStop = new();
    private readonly Action<WorkerLogLine> _output;

    public WorkerChannel(string workerId, Action<WorkerLogLine> output)
    {
        WorkerId = workerId;
        _output = output;
    }

    public string WorkerId { get; }

    /// <summary>Completes when the worker has opened its stream with <c>StartStream</c>.</summary>
    public Task Connected => _connected.Task;

    /// <summary>Completes, with the reason, when the stream has ended or the channel was closed.</summary>
    public Task<Exception> Closed => _closed.Task;

    /// <summary>Serves the worker's stream until it ends or the channel is closed. Called by the gRPC service.</summary>
    public async Task RunStreamAsync(IAsyncStreamReader<StreamingMessage> reader, IServerStreamWriter<StreamingMessage> writer, CancellationToken callCancelled)
    {
        if (!_connected.TrySetResult())
        {
            return; // a second stream with the same worker id: the first one is the channel
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(callCancelled, _streamStop.Token);
        var writing = WriteAllAsync(writer, stop.Token);
        try
        {
            while (await reader.MoveNext(stop.Token))
            {
                Dispatch(reader.Current);
            }

            Close(new WorkerUnavailableException("The worker closed its gRPC stream."));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or Grpc.Core.RpcException or InvalidOperationException)
        {
            Close(new WorkerUnavailableException($"The worker's gRPC stream ended: {e.Message}", e));
        }

        try
        {
            await writing;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or Grpc.Core.RpcException or InvalidOperationException)
        {
            // The stream is gone; pending requests have already failed.
        }
    }

    /// <summary>Sends <paramref name="message"/> and waits for the reply registered under <paramref name="key"/>.</summary>
    public async Task<StreamingMessage> RequestAsync(string key, StreamingMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = Register(key);
        try
        {
            Send(message);
            return await reply.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The worker did not answer {message.ContentCase} within {timeout.TotalSeconds:0} seconds.");
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    public Task<WorkerInitResponse> InitAsync(WorkerInitRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        Reply(RequestAsync("init", new StreamingMessage { WorkerInitRequest = request }, timeout, cancellationToken), m => m.WorkerInitResponse);

    public Task<FunctionMetadataResponse> GetMetadataAsync(FunctionsMetadataRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        Reply(RequestAsync("metadata", new StreamingMessage { FunctionsMetadataRequest = request }, timeout, cancellationToken), m => m.FunctionMetadataResponse);

    public Task<FunctionLoadResponse> LoadAsync(FunctionLoadRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        Reply(RequestAsync("load/" + request.FunctionId, new StreamingMessage { FunctionLoadRequest = request }, timeout, cancellationToken), m => m.FunctionLoadResponse);

    /// <summary>
    /// Sends the invocation and waits for its response. If <paramref name="cancellationToken"/> fires first, the
    /// worker is sent <c>InvocationCancel</c> (it handles it) and the wait ends.
    /// </summary>
    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, string functionName, CancellationToken cancellationToken)
    {
        var key = "invoke/" + request.InvocationId;
        var reply = Register(key);
        _invocationFunctions[request.InvocationId] = functionName;
        try
        {
            Send(new StreamingMessage { InvocationRequest = request });
            return (await reply.Task.WaitAsync(cancellationToken)).InvocationResponse;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            TrySend(new StreamingMessage { InvocationCancel = new InvocationCancel { InvocationId = request.InvocationId } });
            throw;
        }
        finally
        {
            _pending.TryRemove(key, out _);
            _invocationFunctions.TryRemove(request.InvocationId, out _);
        }
    }

    public void Send(StreamingMessage message)
    {
        if (!_outbox.Writer.TryWrite(message))
        {
            throw new WorkerUnavailableException($"The worker's gRPC stream is closed ({_closed.Task.Result.Message}).");
        }
    }

    public bool TrySend(StreamingMessage message) => _outbox.Writer.TryWrite(message);

    /// <summary>Ends the stream and fails every pending request with <paramref name="reason"/>. Idempotent.</summary>
    public void Close(Exception reason)
    {
        if (!_closed.TrySetResult(reason))
        {
            return;
        }

        _outbox.Writer.TryComplete();
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(reason);
        }

        _streamStop.Cancel();
    }

    private TaskCompletionSource<StreamingMessage> Register(string key)
    {
        var reply = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.TryAdd(key, reply))
        {
            throw new InvalidOperationException($"A request '{key}' is already waiting for the worker.");
        }

        if (_closed.Task.IsCompleted)
        {
            _pending.TryRemove(key, out _);
            throw new WorkerUnavailableException($"The worker's gRPC stream is closed ({_closed.Task.Result.Message}).");
        }

        return reply;
    }

    private static async Task<T> Reply<T>(Task<StreamingMessage> reply, Func<StreamingMessage, T> content) => content(await reply);

    private async Task WriteAllAsync(IServerStreamWriter<StreamingMessage> writer, CancellationToken cancellationToken)
    {
        await foreach (var message in _outbox.Reader.ReadAllAsync(cancellationToken))
        {
            await writer.WriteAsync(message, cancellationToken);
        }
    }

    private void Dispatch(StreamingMessage message)
    {
        var key = message.ContentCase switch
        {
            StreamingMessage.ContentOneofCase.RpcLog => null,
            StreamingMessage.ContentOneofCase.WorkerInitResponse => "init",
            StreamingMessage.ContentOneofCase.FunctionMetadataResponse => "metadata",
            StreamingMessage.ContentOneofCase.FunctionLoadResponse => "load/" + message.FunctionLoadResponse.FunctionId,
            StreamingMessage.ContentOneofCase.InvocationResponse => "invoke/" + message.InvocationResponse.InvocationId,
            _ => "other/" + message.RequestId,
        };
        if (key is null)
        {
            Log(message.RpcLog);
        }
        else if (_pending.TryGetValue(key, out var pending))
        {
            pending.TrySetResult(message);
        }
    }

    private void Log(RpcLog log)
    {
        var functionName = log.InvocationId is { Length: > 0 } id && _invocationFunctions.TryGetValue(id, out var name) ? name : null;
        _output(new WorkerLogLine(Level(log.Level), log.Category, log.Message)
        {
            FunctionName = functionName,
            InvocationId = string.IsNullOrEmpty(log.InvocationId) ? null : log.InvocationId,
            Exception = log.Exception?.Message is { Length: > 0 } exception ? exception : null,
        });
    }

    private static LogLevel Level(RpcLog.Types.Level level) => level switch
    {
        RpcLog.Types.Level.Trace => LogLevel.Trace,
        RpcLog.Types.Level.Debug => LogLevel.Debug,
        RpcLog.Types.Level.Information => LogLevel.Information,
        RpcLog.Types.Level.Warning => LogLevel.Warning,
        RpcLog.Types.Level.Error => LogLevel.Error,
        RpcLog.Types.Level.Critical => LogLevel.Critical,
        _ => LogLevel.None,
    };
}
