using System.Text.Json;
using LeadsNotLikes.Storage.Queues;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The local stand-in for the Azure Functions host: loads a script root, starts the custom handler, serves its HTTP
/// functions, and drives its queue and timer functions through the custom-handler contract. Also offers the host's
/// admin endpoint to run a non-HTTP function on demand: <c>POST /admin/functions/{name}</c> with the master key and
/// <c>{"input": "..."}</c> (azure-facts.md G).
/// </summary>
public sealed class LocalFunctionsHost : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly HandlerProcess _handler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly List<IDisposable> _disposables = [];
    private readonly Dictionary<string, TimerTrigger> _timers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, QueueTriggerListener> _queues = new(StringComparer.OrdinalIgnoreCase);

    private LocalFunctionsHost(WebApplication web, HandlerProcess handler, ScriptRoot root, FunctionKeys keys)
    {
        _web = web;
        _handler = handler;
        ScriptRoot = root;
        Keys = keys;
    }

    public ScriptRoot ScriptRoot { get; }

    public FunctionKeys Keys { get; }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseUri { get; private set; } = default!;

    public static async Task<LocalFunctionsHost> StartAsync(LocalFunctionsHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = ScriptRoot.Load(options.ScriptRootPath);
        var settings = new AppSettings(options.Settings);
        var keys = options.Keys ?? FunctionKeys.Generate();
        var loggerFactory = options.LoggerFactory;
        var logger = loggerFactory.CreateLogger("LocalFunctionsHost");

        var handler = await HandlerProcess.StartAsync(root, settings, options.HandlerOutput, cancellationToken);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        var web = builder.Build();
        var host = new LocalFunctionsHost(web, handler, root, keys);
        try
        {
            var invoker = new FunctionInvoker(handler.BaseUri, root.FunctionTimeout, logger);
            var forwarder = new HttpTriggerForwarder(handler.BaseUri, keys);
            host._disposables.Add(invoker);
            host._disposables.Add(forwarder);
            foreach (var function in root.Functions)
            {
                switch (function.Trigger)
                {
                    case TriggerKind.Http:
                        forwarder.Map(web, root, function);
                        break;
                    case TriggerKind.Queue:
                        var connection = StorageConnection.Parse(settings[function.Connection]
                            ?? throw new InvalidOperationException($"Function '{function.Name}': app setting '{function.Connection}' is not set."));
                        host._queues[function.Name] = new QueueTriggerListener(function, root.Queues, new StorageQueueClient(connection), invoker,
                            options.TimeProvider, loggerFactory.CreateLogger($"Queue.{function.Name}"));
                        break;
                    case TriggerKind.Timer:
                        host._timers[function.Name] = new TimerTrigger(function, settings, invoker, options.TimeProvider, loggerFactory.CreateLogger($"Timer.{function.Name}"));
                        break;
                }
            }

            web.MapPost("/admin/functions/{name}", (string name, HttpRequest request, CancellationToken ct) => host.HandleRunFunctionAsync(name, request, ct));
            await web.StartAsync(cancellationToken);
            var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            host.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");

            host._loops.AddRange(host._queues.Values.Select(q => Task.Run(() => q.RunAsync(host._stopping.Token), CancellationToken.None)));
            if (options.RunTimers)
            {
                host._loops.AddRange(host._timers.Values.Select(t => Task.Run(() => t.RunAsync(host._stopping.Token), CancellationToken.None)));
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a queue or timer function now, as the host's admin endpoint does.</summary>
    public async Task<bool> RunFunctionAsync(string name, string? input, CancellationToken cancellationToken)
    {
        if (_timers.TryGetValue(name, out var timer))
        {
            return await timer.InvokeAsync(cancellationToken);
        }

        if (_queues.TryGetValue(name, out var queue))
        {
            return await queue.InvokeOnceAsync(input ?? "", cancellationToken);
        }

        throw new KeyNotFoundException($"There is no queue or timer function '{name}'.");
    }

    /// <summary>Stops the triggers, the HTTP listener and the handler; each step runs even if an earlier one fails.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stopping.CancelAsync();
            await Task.WhenAll(_loops).ContinueWith(_ => { }, TaskScheduler.Default); // a faulted loop must not keep the handler alive
        }
        finally
        {
            try
            {
                await _web.DisposeAsync();
            }
            finally
            {
                await _handler.DisposeAsync();
                foreach (var disposable in _disposables)
                {
                    disposable.Dispose();
                }

                _stopping.Dispose();
            }
        }
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
        if (request.ContentLength > 0)
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            input = body.RootElement.TryGetProperty("input", out var i) ? i.GetString() : null;
        }

        // The host answers 202 and runs the function in the background.
        _ = Task.Run(() => RunFunctionAsync(name, input, _stopping.Token), CancellationToken.None);
        return TypedResults.Accepted((string?)null);
    }
}
