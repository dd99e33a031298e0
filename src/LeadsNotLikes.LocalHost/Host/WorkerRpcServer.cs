using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// The gRPC server workers connect to, as the host runs it: Kestrel on 127.0.0.1 and a free port, HTTP/2 without
/// TLS only (h2c, which the worker's <c>GrpcChannel</c> speaks for an <c>http://</c> address), no message size
/// limit, and only the <c>FunctionRpc</c> service. It is started before any worker.
/// </summary>
internal sealed class WorkerRpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkerRpcServer(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
        Workers = app.Services.GetRequiredService<FunctionRpcService.Registry>();
    }

    /// <summary>The address passed to workers as <c>--functions-uri</c>, e.g. <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri Uri { get; }

    public FunctionRpcService.Registry Workers { get; }

    public static async Task<WorkerRpcServer> StartAsync(ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new FunctionRpcService.Registry(loggerFactory.CreateLogger<FunctionRpcService>()));
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = null;
            o.MaxSendMessageSize = null;
        });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        app.MapGrpcService<FunctionRpcService>();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new WorkerRpcServer(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
