using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Yarp.ReverseProxy.Forwarder;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The local stand-in for the Azure Functions host, for the .NET isolated worker: starts its gRPC server, then the
/// function app's build output as a worker, and drives it over the host-worker protocol (functions come from the
/// worker); serves its HTTP functions (keys enforced, requests proxied to the worker), drives its queue and timer
/// functions, and restarts the worker if it dies. Also offers the host's admin endpoint to run a non-HTTP function
/// on demand: <c>POST /admin/functions/{name}</c> with the master key and <c>{"input": "..."}</c>.
/// </summary>
public sealed partial class LocalFunctionsHost : IAsyncDisposable
{
    private readonly WorkerRpcServer _rpc;
    private readonly WorkerSupervisor _workers;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _background = [];
    private readonly Dictionary<string, TimerTrigger> _timers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, QueueTriggerListener> _queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly ILogger _logger;
    private WebApplication? _web;
    private HttpTriggerForwarder? _forwarder;
    private int _disposed;

    private LocalFunctionsHost(ScriptRoot root, FunctionKeys keys, WorkerRpcServer rpc, WorkerSupervisor workers, ILogger logger)
    {
        ScriptRoot = root;
        Keys = keys;
        _rpc = rpc;
        _workers = workers;
        _logger = logger;
    }

    public ScriptRoot ScriptRoot { get; }

    public FunctionKeys Keys { get; }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseUri { get; private set; } = default!;

    /// <summary>The functions the worker loaded, by name.</summary>
    public IReadOnlyList<LoadedFunction> Functions { get; private set; } = [];

    /// <summary>From starting the worker process to every function loaded, for the first worker.</summary>
    public TimeSpan WorkerStartupTime { get; private set; }

    /// <summary>The current worker's process id; null while it restarts.</summary>
    public int? WorkerProcessId => _workers.WorkerProcessId;

    /// <summary>How many workers were started and loaded: 1, plus one per restart.</summary>
    public int WorkerStarts => _workers.WorkerStarts;

    public static async Task<LocalFunctionsHost> StartAsync(LocalFunctionsHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = ScriptRoot.Load(options.ScriptRootPath);
        var settings = new AppSettings(options.Settings);
        var loggers = options.LoggerFactory;
        var logger = loggers.CreateLogger("LocalFunctionsHost");

        var rpc = await WorkerRpcServer.StartAsync(loggers, cancellationToken);
        var workers = new WorkerSupervisor(root, options.Settings, rpc, options.WorkerOutput, loggers.CreateLogger("LocalFunctionsHost.Worker"), options.WorkerRestartWait);
        var host = new LocalFunctionsHost(root, options.Keys ?? FunctionKeys.Generate(), rpc, workers, logger);
        try
        {
            var started = Stopwatch.StartNew();
            var functions = await workers.StartAsync(cancellationToken);
            host.WorkerStartupTime = started.Elapsed;
            await host.StartTriggersAsync(functions, settings, options, cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a queue or timer function now, as the host's admin endpoint does; returns whether it succeeded.</summary>
    public async Task<bool> RunFunctionAsync(string name, string? input, CancellationToken cancellationToken)
    {
        if (_timers.TryGetValue(name, out var timer))
        {
            return (await timer.InvokeAsync(cancellationToken)).Succeeded;
        }

        if (_queues.TryGetValue(name, out var queue))
        {
            return (await queue.InvokeOnceAsync(input ?? "", cancellationToken)).Succeeded;
        }

        throw new KeyNotFoundException($"There is no queue or timer function '{name}'.");
    }

    /// <summary>
    /// Kills the worker process (SIGKILL), as a crash would, and returns its process id once it is gone; the host
    /// then starts a new worker.
    /// </summary>
    public Task<int?> KillWorkerForTestAsync() => _workers.KillWorkerAsync();

    /// <summary>Stops the triggers and the HTTP listener, then the worker (terminate, 5 s grace, kill), then the gRPC server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _stopping.CancelAsync();
            Task[] background;
            lock (_background)
            {
                background = [.. _background];
            }

            await Task.WhenAll(background).ContinueWith(_ => { }, TaskScheduler.Default); // a faulted loop must not keep the worker alive
            if (_web is not null)
            {
                await _web.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                await _workers.DisposeAsync();
            }
            finally
            {
                await _rpc.DisposeAsync();
                _forwarder?.Dispose();
                _stopping.Dispose();
            }
        }
    }

    /// <summary>
    /// The host's switch to turn a function off without a redeploy: the app setting <c>AzureWebJobs.{name}.Disabled</c>
    /// (or <c>AzureWebJobs__{name}__Disabled</c>, the form Linux plans use) set to <c>true</c> or <c>1</c>.
    /// </summary>
    internal static bool IsDisabled(AppSettings settings, string functionName) =>
        (settings[$"AzureWebJobs.{functionName}.Disabled"] ?? settings[$"AzureWebJobs__{functionName}__Disabled"]) is { } value
        && (bool.TryParse(value, out var disabled) ? disabled : value == "1");

    private async Task StartTriggersAsync(IReadOnlyList<FunctionDefinition> functions, AppSettings settings, LocalFunctionsHostOptions options, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        var web = builder.Build();
        _web = web;
        _forwarder = new HttpTriggerForwarder(web.Services.GetRequiredService<IHttpForwarder>(), _workers, Keys, ScriptRoot.RoutePrefix,
            options.WorkerRestartWait, options.LoggerFactory.CreateLogger("LocalFunctionsHost.Http"));

        var loaded = new List<LoadedFunction>();
        foreach (var function in functions)
        {
            if (IsDisabled(settings, function.Name))
            {
                LogDisabled(_logger, function.Name);
                continue;
            }

            switch (function.Trigger)
            {
                case TriggerKind.Http:
                    _forwarder.Map(web, function);
                    loaded.Add(new LoadedFunction(function.Name, function.Trigger, HttpTriggerForwarder.RoutePattern(ScriptRoot.RoutePrefix, function),
                        function.AuthLevel, function.Methods, null, null));
                    break;
                case TriggerKind.Queue:
                    var queueName = settings.Expand(function.QueueName!);
                    var connection = settings[function.Connection]
                        ?? throw new InvalidOperationException($"Function '{function.Name}': app setting '{function.Connection}' is not set.");
                    var (queue, poison) = QueueTriggerListener.Clients(connection, queueName);
                    _queues[function.Name] = new QueueTriggerListener(function, ScriptRoot.Queues, queue, poison, _workers, options.TimeProvider,
                        options.LoggerFactory.CreateLogger($"LocalFunctionsHost.Queue.{function.Name}"));
                    loaded.Add(new LoadedFunction(function.Name, function.Trigger, null, null, [], queueName, null));
                    break;
                case TriggerKind.Timer:
                    var schedule = settings.Expand(function.Schedule!);
                    _timers[function.Name] = new TimerTrigger(function, schedule, _workers, options.TimeProvider,
                        options.LoggerFactory.CreateLogger($"LocalFunctionsHost.Timer.{function.Name}"));
                    loaded.Add(new LoadedFunction(function.Name, function.Trigger, null, null, [], null, schedule));
                    break;
            }
        }

        Functions = loaded;
        web.MapPost("/admin/functions/{name}", (string name, HttpRequest request, CancellationToken ct) => HandleRunFunctionAsync(name, request, ct));
        await web.StartAsync(cancellationToken);
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");

        _background.AddRange(_queues.Values.Select(q => Task.Run(() => q.RunAsync(_stopping.Token), CancellationToken.None)));
        if (options.RunTimers)
        {
            _background.AddRange(_timers.Values.Select(t => Task.Run(() => t.RunAsync(_stopping.Token), CancellationToken.None)));
        }

        LogStarted(_logger, BaseUri, loaded.Count, WorkerStartupTime.TotalMilliseconds);
    }

    private async Task<IResult> HandleRunFunctionAsync(string name, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!Keys.Authorizes(request, "admin"))
        {
            return TypedResults.Unauthorized();
        }

        if (!_timers.ContainsKey(name) && !_queues.ContainsKey(name))
        {
            return TypedResults.NotFound();
        }

        string? input = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                input = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.String
                    ? i.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return TypedResults.BadRequest();
            }
        }

        // The host answers 202 and runs the function in the background.
        lock (_background)
        {
            _background.RemoveAll(t => t.IsCompleted);
            _background.Add(Task.Run(() => RunInBackgroundAsync(name, input), CancellationToken.None));
        }

        return TypedResults.Accepted((string?)null);
    }

    private async Task RunInBackgroundAsync(string name, string? input)
    {
        try
        {
            await RunFunctionAsync(name, input, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Function {Function} is disabled by its AzureWebJobs.{Function}.Disabled setting; its trigger does not run")]
    private static partial void LogDisabled(ILogger logger, string function);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local Functions host listening on {BaseUri} with {Count} functions; worker ready in {Milliseconds:0} ms")]
    private static partial void LogStarted(ILogger logger, Uri baseUri, int count, double milliseconds);
}
