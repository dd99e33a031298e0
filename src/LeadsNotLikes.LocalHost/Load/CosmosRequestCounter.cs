using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Yarp.ReverseProxy.Forwarder;

namespace LeadsNotLikes.LocalHost.Load;

/// <summary>
/// A counting reverse proxy in front of the Cosmos DB server: the worker talks to it instead, and it counts each
/// request by kind (point read, create, replace/upsert, patch, delete, query) on documents. The local server reports
/// no real request charges, so this gives the measured number of Cosmos DB operations per event.
/// </summary>
public sealed class CosmosRequestCounter : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    private CosmosRequestCounter(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = default!;

    public static async Task<CosmosRequestCounter> StartAsync(Uri cosmos, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var counter = new CosmosRequestCounter(app);
        var client = new HttpMessageInvoker(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });
        var forwarder = app.Services.GetRequiredService<IHttpForwarder>();
        app.Map("/{**path}", async (HttpContext context) =>
        {
            counter._counts.AddOrUpdate(Kind(context.Request), 1, (_, n) => n + 1);
            await forwarder.SendAsync(context, cosmos.AbsoluteUri, client);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        counter.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return counter;
    }

    /// <summary>The counts so far, by kind, and resets them.</summary>
    public IReadOnlyDictionary<string, int> TakeCounts()
    {
        var snapshot = _counts.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        _counts.Clear();
        return snapshot;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Document operations by verb; everything else (account, database, container, partition key ranges) is metadata.</summary>
    internal static string Kind(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        var onDocument = path.Contains("/docs/", StringComparison.Ordinal);
        var onCollection = path.EndsWith("/docs", StringComparison.Ordinal);
        var isQuery = request.Headers["x-ms-documentdb-isquery"] == "True" || request.ContentType?.StartsWith("application/query+json", StringComparison.Ordinal) == true;
        return (request.Method, onDocument, onCollection, isQuery) switch
        {
            ("POST", _, true, true) => "query",
            ("POST", _, true, false) => request.Headers["x-ms-documentdb-is-upsert"] == "True" ? "upsert" : "create",
            ("GET", true, _, _) => "point read",
            ("PUT", true, _, _) => "replace",
            ("PATCH", true, _, _) => "patch",
            ("DELETE", true, _, _) => "delete",
            _ => "metadata",
        };
    }
}
