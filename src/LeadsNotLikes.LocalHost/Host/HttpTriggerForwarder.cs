using System.Net;
using Yarp.ReverseProxy.Forwarder;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// Serves HTTP-triggered functions as the host does with the worker's ASP.NET Core integration (isolated-worker-facts.md
/// 3): routes <c>/{routePrefix}/{route}</c> with the binding's methods; <c>authLevel</c> enforced here with the
/// function and master keys (the worker never checks keys); then the request is proxied with YARP to the worker's
/// <c>HttpUri</c> at its original path with <c>x-ms-invocation-id</c>, while the <c>InvocationRequest</c> goes over
/// gRPC, and both are awaited. A failed invocation becomes a 500 if nothing was written to the client yet; after
/// the response started it can only be logged, as in the host.
/// </summary>
internal sealed partial class HttpTriggerForwarder(
    IHttpForwarder forwarder,
    WorkerSupervisor workers,
    FunctionKeys keys,
    string routePrefix,
    TimeSpan workerWait,
    ILogger logger) : IDisposable
{
    private static readonly string[] AnyMethod = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    private static readonly ForwarderRequestConfig Config = new() { ActivityTimeout = TimeSpan.FromSeconds(240) };

    private readonly HttpMessageInvoker _client = new(new RetryProxyHandler(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        ActivityHeadersPropagator = null,
        ConnectTimeout = TimeSpan.FromSeconds(15),
    }));

    /// <summary>The route pattern the host (and the worker) use: <c>/{routePrefix}/{route ?? functionName}</c>.</summary>
    public static string RoutePattern(string routePrefix, FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var route = (function.Route ?? function.Name).Trim('/');
        return "/" + string.Join('/', new[] { routePrefix.Trim('/'), route }.Where(s => s.Length > 0));
    }

    public void Map(IEndpointRouteBuilder endpoints, FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(function);
        var methods = function.Methods.Count > 0 ? function.Methods : AnyMethod;
        endpoints.MapMethods(RoutePattern(routePrefix, function), methods, (HttpContext context) => ForwardAsync(context, function))
            .WithDisplayName(function.Name);
    }

    internal async Task ForwardAsync(HttpContext context, FunctionDefinition function)
    {
        if (!keys.Authorizes(context.Request, function.AuthLevel))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var worker = await workers.WaitForWorkerAsync(workerWait, context.RequestAborted);
        if (worker?.HttpUri is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        context.Request.Headers[TriggerData.InvocationIdHeader] = invocationId;
        var request = TriggerData.ForHttp(function, context.Request, invocationId);

        // As the host: start proxying, then send the invocation; the worker pairs them by the invocation id.
        var forwarding = forwarder.SendAsync(context, worker.HttpUri.AbsoluteUri, _client, Config, HttpTransformer.Default).AsTask();
        var invoking = workers.InvokeAsync(worker, function, request, context.RequestAborted);
        var error = await forwarding;
        InvocationResult result;
        try
        {
            result = await invoking;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away; the worker was told to cancel
        }

        if (error != ForwarderError.None)
        {
            var detail = context.Features.Get<IForwarderErrorFeature>()?.Exception?.Message;
            LogForwardingFailed(logger, function.Name, invocationId, error, detail);
            result = result.Succeeded ? InvocationResult.Failure($"Failed to proxy the request: {error}") : result;
        }

        if (result.Succeeded)
        {
            return;
        }

        if (context.Response.HasStarted)
        {
            LogFailedAfterResponse(logger, function.Name, invocationId, context.Response.StatusCode);
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    public void Dispose() => _client.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} invocation {InvocationId}: proxying to the worker failed with {Error}: {Detail}")]
    private static partial void LogForwardingFailed(ILogger logger, string function, string invocationId, ForwarderError error, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} invocation {InvocationId} failed after its response (status {Status}) was sent")]
    private static partial void LogFailedAfterResponse(ILogger logger, string function, string invocationId, int status);
}
