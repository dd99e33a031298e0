using System.Collections.Concurrent;
using Grpc.Core;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The host's <c>FunctionRpc</c> gRPC service: each worker opens one <c>EventStream</c> and must send
/// <c>StartStream</c> with the worker id it was started with first; a stream from an unknown worker is ignored, as
/// the host ignores it (isolated-worker-facts.md 2.4).
/// </summary>
internal sealed partial class FunctionRpcService(FunctionRpcService.Registry workers) : FunctionRpc.FunctionRpcBase
{
    public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        if (!await requestStream.MoveNext(context.CancellationToken))
        {
            return;
        }

        var first = requestStream.Current;
        if (first.ContentCase != StreamingMessage.ContentOneofCase.StartStream || !workers.TryGet(first.StartStream.WorkerId, out var channel))
        {
            LogUnknownStream(workers.Logger, first.ContentCase.ToString(), first.StartStream?.WorkerId);
            return;
        }

        await channel.RunStreamAsync(requestStream, responseStream, context.CancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a worker stream that began with {Content} for unknown worker id {WorkerId}")]
    private static partial void LogUnknownStream(ILogger logger, string content, string? workerId);

    /// <summary>The channels of the workers this host started, by worker id (and the logger for the service).</summary>
    internal sealed class Registry(ILogger logger)
    {
        private readonly ConcurrentDictionary<string, WorkerChannel> _channels = new(StringComparer.Ordinal);

        public ILogger Logger => logger;

        public void Add(WorkerChannel channel) => _channels[channel.WorkerId] = channel;

        public void Remove(WorkerChannel channel) => _channels.TryRemove(new KeyValuePair<string, WorkerChannel>(channel.WorkerId, channel));

        public bool TryGet(string workerId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WorkerChannel? channel) =>
            _channels.TryGetValue(workerId, out channel);
    }
}
