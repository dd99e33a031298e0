using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;
using Azure.Storage.Queues;

[assembly: AssemblyFixture(typeof(LeadsNotLikes.IntegrationTests.Support.ServicesFixture))]

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>
/// Starts the real local services once for the test assembly, on free ports: Azurite (queues), the Cosmos DB
/// server and maildev. Installs them from the committed npm lockfile first if needed.
/// </summary>
public sealed class ServicesFixture : IAsyncLifetime
{
    private LocalServices? _services;

    public LocalServices Services => _services ?? throw new InvalidOperationException("Not started.");

    public static string RepoRoot => Metadata("RepoRoot");

    public static string ScriptRoot => Metadata("ScriptRoot");

    /// <summary>A queue client as the app configures it: base64 messages, as the queue trigger expects.</summary>
    public QueueServiceClient Queues => QueuesOf(Services);

    public static QueueServiceClient QueuesOf(LocalServices services) =>
        new(services.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async ValueTask InitializeAsync() =>
        _services = await StartAsync(LocalServicePorts.Any);

    public static Task<LocalServices> StartAsync(LocalServicePorts ports) =>
        LocalServices.StartAsync(RepoRoot, ports, Console.WriteLine, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    /// <summary>Every email maildev has received, newest last.</summary>
    public static async Task<List<JsonObject>> InboxAsync(LocalServices services)
    {
        using var http = new HttpClient { BaseAddress = services.MailUri };
        var inbox = await http.GetFromJsonAsync<JsonArray>("api/email") ?? [];
        return inbox.OfType<JsonObject>().ToList();
    }

    public static async Task<List<JsonObject>> InboxForAsync(LocalServices services, string recipient) =>
        (await InboxAsync(services))
            .Where(e => e["to"]?.AsArray().Any(t => string.Equals(t?["address"]?.GetValue<string>(), recipient, StringComparison.OrdinalIgnoreCase)) == true)
            .ToList();

    private static string Metadata(string key) => typeof(LocalFunctionsHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;
}
