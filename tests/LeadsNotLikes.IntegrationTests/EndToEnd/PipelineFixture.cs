using System.Collections.Concurrent;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;

namespace LeadsNotLikes.IntegrationTests.EndToEnd;

/// <summary>
/// The whole local stack, as the run command starts it: its own services, the real custom handler from the function
/// app's build output, and the Functions host stand-in driving it through the same host.json and function.json.
/// Timers run only when a test fires them through the host's admin endpoint.
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    public const string AppSecret = "e2e-app-secret-0123456789abcdef";
    public const string VerifyToken = "e2e-verify-token";

    public LocalServices Services { get; private set; } = default!;

    public LocalFunctionsHost Host { get; private set; } = default!;

    public ConcurrentQueue<string> HandlerOutput { get; } = new();

    public HttpClient Http { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Services = await ServicesFixture.StartAsync(LocalServicePorts.Any);
        var settings = new Dictionary<string, string>(Services.AppSettings)
        {
            ["Meta__AppSecret"] = AppSecret,
            ["Meta__VerifyToken"] = VerifyToken,
            ["Smtp__From"] = "digest@leadsnotlikes.example",
            ["Cosmos__Database"] = "e2e",
        };
        Host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = ServicesFixture.ScriptRoot,
            Settings = settings,
            Port = 0,
            RunTimers = false,
            WorkerOutput = line => HandlerOutput.Enqueue(line.ToString()),
        }, CancellationToken.None);
        Http = new HttpClient { BaseAddress = Host.BaseUri };
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Services is not null)
        {
            await Services.DisposeAsync();
        }
    }
}
