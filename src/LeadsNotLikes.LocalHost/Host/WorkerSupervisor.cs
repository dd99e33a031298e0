using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Runs the language worker as the host does (isolated-worker-facts.md 2.4): starts the process, waits for
/// <c>StartStream</c> (60 s), sends <c>WorkerInitRequest</c> (10 s for the answer), asks for the functions
/// (<c>FunctionsMetadataRequest</c>, 1 min), sends one <c>FunctionLoadRequest</c> per function and waits for each
/// answer by function id; then invokes. If the worker dies (exit, crash, kill) or its stream ends, pending
/// invocations fail and a new worker (new worker id) is started and loaded the same way, with back-off between
/// failed starts; callers wait for it up to a bound. On stop: <c>WorkerTerminate</c> (5 s grace), then kill.
/// </summary>
internal sealed partial class WorkerSupervisor : IFunctionInvoker, IAsyncDisposable
{
    internal const string HostVersion = "4.0.0-leadsnotlikes-localhost";
    internal static readonly TimeSpan StartStreamTimeout = TimeSpan.FromSeconds(60);
    internal static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(10);
    internal static readonly TimeSpan MetadataTimeout = TimeSpan.FromMinutes(1);
    internal static readonly TimeSpan TerminateGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxRestartDelay = TimeSpan.FromSeconds(30);

    private readonly ScriptRoot _root;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly WorkerRpcServer _server;
    private readonly Action<WorkerLogLine> _output;
    private readonly ILogger _logger;
    private readonly TimeSpan _workerWait;
    private readonly QueueOutputWriter _outputs;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource<Worker> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Worker? _current;
    private Task _supervising = Task.CompletedTask;
    private int _starts;

    /// <summary>Worker processes tried before the first start fails: the host's worker error threshold.</summary>
    public const int StartAttempts = 3;

    public WorkerSupervisor(ScriptRoot root, IReadOnlyDictionary<string, string> settings, WorkerRpcServer server, Action<WorkerLogLine> output, ILogger logger, TimeSpan workerWait)
    {
        _root = root;
        _settings = settings;
        _server = server;
        _output = output;
        _logger = logger;
        _workerWait = workerWait;
        _outputs = new QueueOutputWriter(new AppSettings(settings), root.Queues);
    }

    /// <summary>How many workers have been started and loaded (1 after start, +1 per restart).</summary>
    public int WorkerStarts => Volatile.Read(ref _starts);

    public int? WorkerProcessId => _current?.Process.Id;

    /// <summary>
    /// Starts the first worker and returns the functions it loaded. A worker process that exits before it connects is
    /// started again, up to <see cref="StartAttempts"/> processes in all, as the host's dispatcher restarts a worker
    /// that fails up to its error threshold of 3 (<c>RpcFunctionInvocationDispatcher.ErrorEventsThreshold</c>): a crash
    /// at start, such as the worker's HTTP port being taken between the worker choosing it and Kestrel binding it,
    /// does not fail the host. A worker that connects and then fails to initialize, index or load fails at once.
    /// </summary>
    public async Task<IReadOnlyList<FunctionDefinition>> StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var worker = await StartWorkerAsync(cancellationToken);
                Publish(worker);
                return worker.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            }
            catch (WorkerExitedAtStartException e) when (attempt < StartAttempts)
            {
                LogStartFailed(_logger, e.Message, attempt, StartAttempts);
            }
        }
    }

    /// <summary>The running worker, waiting up to <paramref name="timeout"/> while it restarts; null if there is none by then.</summary>
    public async Task<Worker?> WaitForWorkerAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                Task<Worker> ready;
                lock (_gate)
                {
                    ready = _ready.Task;
                }

                var remaining = timeout - waited.Elapsed;
                var worker = await ready.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken);
                if (worker.IsAlive)
                {
                    return worker;
                }

                // It died and the supervisor has not replaced it yet: wait for the replacement.
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            }
        }
        catch (TimeoutException)
        {
            return null;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken)
    {
        var worker = await WaitForWorkerAsync(_workerWait, cancellationToken);
        return worker is null
            ? InvocationResult.Failure($"No worker is running (none started within {_workerWait.TotalSeconds:0} s).")
            : await InvokeAsync(worker, function, request, cancellationToken);
    }

    /// <summary>
    /// Invokes on <paramref name="worker"/>: sets the function id the worker loaded, a unique invocation id unless
    /// the request has one, and a trace context (the worker needs one). Fails after host.json functionTimeout (the
    /// invocation is then cancelled in the worker) or when the worker dies; throws only if the caller cancels.
    /// </summary>
    public async Task<InvocationResult> InvokeAsync(Worker worker, FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(request);
        if (!worker.Functions.TryGetValue(function.Name, out var loaded))
        {
            return InvocationResult.Failure($"The worker did not load function '{function.Name}'.");
        }

        request.FunctionId = loaded.FunctionId;
        if (string.IsNullOrEmpty(request.InvocationId))
        {
            request.InvocationId = Guid.NewGuid().ToString();
        }

        request.TraceContext ??= new RpcTraceContext { TraceParent = Activity.Current?.Id ?? "", TraceState = Activity.Current?.TraceStateString ?? "" };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_root.FunctionTimeout);
        try
        {
            var response = await worker.Channel.InvokeAsync(request, function.Name, timeout.Token);
            var result = response.Result ?? new StatusResult { Status = StatusResult.Types.Status.Failure };
            if (result.Status == StatusResult.Types.Status.Success)
            {
                // As the host: output bindings are written after the worker answered (for HTTP, after the response).
                var written = await _outputs.WriteAsync(function, response, cancellationToken);
                if (!written.Succeeded)
                {
                    LogInvocationFailed(_logger, function.Name, request.InvocationId, written.Error!);
                }

                return written;
            }

            var error = result.Exception?.Message is { Length: > 0 } message ? message : result.Status.ToString();
            LogInvocationFailed(_logger, function.Name, request.InvocationId, FirstLine(error));
            return InvocationResult.Failure(error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogInvocationTimedOut(_logger, function.Name, request.InvocationId, _root.FunctionTimeout);
            return InvocationResult.Failure($"Timed out after {_root.FunctionTimeout} (host.json functionTimeout).");
        }
        catch (WorkerUnavailableException e)
        {
            LogInvocationFailed(_logger, function.Name, request.InvocationId, e.Message);
            return InvocationResult.Failure(e.Message);
        }
    }

    /// <summary>Kills the worker process (SIGKILL) and waits until it is gone, for tests of the restart; returns its process id.</summary>
    public async Task<int?> KillWorkerAsync()
    {
        var worker = _current;
        if (worker is null)
        {
            return null;
        }

        worker.Process.Kill();
        await worker.Process.Exited;
        return worker.Process.Id;
    }

    public async ValueTask DisposeAsync()
    {
        Worker? worker;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            worker = _current;
            _current = null;
            _ready.TrySetCanceled(_stopping.Token);
        }

        if (worker is not null)
        {
            // The worker reports HandlesWorkerTerminateMessage: ask it to stop, give it the grace period, then kill.
            worker.Channel.TrySend(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(TerminateGrace) } });
            await worker.Process.StopAsync(TerminateGrace);
            await RetireAsync(worker, new WorkerUnavailableException("The host is stopping."));
        }

        try
        {
            await _supervising;
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-restart.
        }

        _stopping.Dispose();
    }

    private async Task<Worker> StartWorkerAsync(CancellationToken cancellationToken)
    {
        var workerId = Guid.NewGuid().ToString();
        var channel = new WorkerChannel(workerId, _output);
        _server.Workers.Add(channel);
        WorkerProcess? process = null;
        try
        {
            var elapsed = Stopwatch.StartNew();
            process = WorkerProcess.Start(WorkerProcess.StartInfo(_root, _settings, _server.Uri, workerId, Guid.NewGuid().ToString()), _output);
            LogWorkerStarting(_logger, process.Id, workerId);
            var exited = process.Exited;
            _ = exited.ContinueWith(t => channel.Close(new WorkerUnavailableException($"The worker process exited with code {t.Result}.")),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

            if (await Task.WhenAny(channel.Connected, exited).WaitAsync(StartStreamTimeout, cancellationToken) != channel.Connected)
            {
                throw new WorkerExitedAtStartException($"The worker exited with code {exited.Result} before it connected; its output is above.");
            }

            var init = await channel.InitAsync(
                new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = _root.Path, FunctionAppDirectory = _root.Path }, InitTimeout, cancellationToken);
            EnsureSuccess(init.Result, "The worker failed to initialize");
            var httpUri = init.Capabilities.TryGetValue("HttpUri", out var uri) && uri.Length > 0 ? new Uri(uri) : null;

            var metadata = await channel.GetMetadataAsync(new FunctionsMetadataRequest { FunctionAppDirectory = _root.Path }, MetadataTimeout, cancellationToken);
            EnsureSuccess(metadata.Result, "The worker failed to index its functions");
            if (metadata.UseDefaultMetadataIndexing)
            {
                throw new InvalidOperationException("The worker asked for host indexing (use_default_metadata_indexing); the local host supports worker indexing only.");
            }

            var functions = metadata.FunctionMetadataResults.Select(FunctionDefinition.FromMetadata).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
            if (httpUri is null && functions.Values.Any(f => f.Trigger == TriggerKind.Http))
            {
                throw new InvalidOperationException(
                    "The worker has HTTP functions but reported no HttpUri: the local host needs the ASP.NET Core integration (ConfigureFunctionsWebApplication).");
            }

            // One load request per function, answers matched by function id (they come back in any order).
            var loadTimeout = _root.FunctionTimeout > MetadataTimeout ? _root.FunctionTimeout : MetadataTimeout;
            var loads = await Task.WhenAll(functions.Values.Select(async f => (f.Name, Response: await channel.LoadAsync(f.ToLoadRequest(), loadTimeout, cancellationToken))));
            foreach (var (name, response) in loads)
            {
                EnsureSuccess(response.Result, $"The worker failed to load function '{name}'");
            }

            LogWorkerReady(_logger, process.Id, functions.Count, elapsed.ElapsedMilliseconds);
            return new Worker(channel, process, httpUri, functions, elapsed.Elapsed);
        }
        catch
        {
            channel.Close(new WorkerUnavailableException("The worker failed to start."));
            _server.Workers.Remove(channel);
            if (process is not null)
            {
                await process.DisposeAsync();
            }

            throw;
        }
    }

    private void Publish(Worker worker)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                _ = RetireAsync(worker, new WorkerUnavailableException("The host is stopping."));
                return;
            }

            _current = worker;
            _ready.TrySetResult(worker);
            Interlocked.Increment(ref _starts);
            _supervising = SuperviseAsync(worker);
        }
    }

    /// <summary>Waits for the worker to die, then starts a new one (as the host restarts a failed language worker).</summary>
    private async Task SuperviseAsync(Worker worker)
    {
        await Task.WhenAny(worker.Process.Exited, worker.Channel.Closed);
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested || _current != worker)
            {
                return;
            }

            _current = null;
            _ready = new TaskCompletionSource<Worker>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var reason = worker.Process.HasExited
            ? $"The worker process {worker.Process.Id} exited with code {worker.Process.Exited.Result}."
            : $"The worker's gRPC stream ended: {worker.Channel.Closed.Result.Message}";
        LogWorkerDied(_logger, reason);
        await RetireAsync(worker, new WorkerUnavailableException(reason));

        var delay = TimeSpan.Zero;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, _stopping.Token);
                var replacement = await StartWorkerAsync(_stopping.Token);
                if (!replacement.Functions.Keys.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(worker.Functions.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase))
                {
                    LogFunctionsChanged(_logger);
                }

                LogWorkerRestarted(_logger, replacement.Process.Id);
                Publish(replacement); // supervises the replacement from here
                return;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                delay = delay == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRestartDelay.Ticks));
                LogRestartFailed(_logger, e, delay.TotalSeconds);
            }
        }
    }

    private async Task RetireAsync(Worker worker, Exception reason)
    {
        worker.Channel.Close(reason); // fails the worker's pending invocations
        _server.Workers.Remove(worker.Channel);
        await worker.Process.DisposeAsync(); // kills it if it is still alive
    }

    private static void EnsureSuccess(StatusResult? result, string what)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"{what}: {result?.Exception?.Message ?? result?.Status.ToString() ?? "no result"}");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting worker process {ProcessId} (worker id {WorkerId})")]
    private static partial void LogWorkerStarting(ILogger logger, int processId, string workerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker process {ProcessId} loaded {Count} functions in {Milliseconds} ms")]
    private static partial void LogWorkerReady(ILogger logger, int processId, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason} Restarting the worker")]
    private static partial void LogWorkerDied(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason} Starting another (attempt {Attempt} of {Attempts} failed)")]
    private static partial void LogStartFailed(ILogger logger, string reason, int attempt, int attempts);

    /// <summary>The worker process ended before it opened its gRPC stream.</summary>
    private sealed class WorkerExitedAtStartException(string message) : InvalidOperationException(message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker restarted as process {ProcessId}")]
    private static partial void LogWorkerRestarted(ILogger logger, int processId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker could not be restarted; trying again in {Seconds} s")]
    private static partial void LogRestartFailed(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The restarted worker has a different set of functions; restart the local host to pick up new triggers and routes")]
    private static partial void LogFunctionsChanged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} invocation {InvocationId} failed: {Error}")]
    private static partial void LogInvocationFailed(ILogger logger, string function, string invocationId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} invocation {InvocationId} timed out after {Timeout}")]
    private static partial void LogInvocationTimedOut(ILogger logger, string function, string invocationId, TimeSpan timeout);

    /// <summary>A started, loaded worker: its channel, process, ASP.NET Core endpoint (HttpUri) and functions by name.</summary>
    internal sealed record Worker(WorkerChannel Channel, WorkerProcess Process, Uri? HttpUri, IReadOnlyDictionary<string, FunctionDefinition> Functions, TimeSpan StartupTime)
    {
        public bool IsAlive => !Process.HasExited && !Channel.Closed.IsCompleted;
    }
}
