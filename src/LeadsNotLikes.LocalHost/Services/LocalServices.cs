using System.Globalization;
using System.Net.Sockets;

namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// The real local services the pipeline runs against, each a child process started from npm packages:
/// Azurite's queue service (in memory, or on disk when given a data folder, so queued events survive a restart),
/// the Cosmos DB server (HTTP, always in memory: its data is gone when it stops) and maildev (SMTP sink with a REST
/// API at /api/email). Ports of 0 pick free ones, so tests can run beside a running local stack. Each service can be
/// stopped, started, paused and resumed on its own (<see cref="LocalService"/>).
/// </summary>
public sealed class LocalServices : IAsyncDisposable
{
    /// <summary>The Cosmos DB emulator's well-known key (public); the local server accepts it.</summary>
    public const string CosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private LocalServices(LocalServicePorts ports, LocalService azurite, LocalService cosmos, LocalService mail) =>
        (Ports, Azurite, Cosmos, Mail) = (ports, azurite, cosmos, mail);

    public LocalServicePorts Ports { get; }

    /// <summary>Azurite's queue service.</summary>
    public LocalService Azurite { get; }

    /// <summary>The Cosmos DB server.</summary>
    public LocalService Cosmos { get; }

    /// <summary>maildev: SMTP and its web UI and REST API.</summary>
    public LocalService Mail { get; }

    public string StorageConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteKey};QueueEndpoint=http://127.0.0.1:{Ports.Queue}/devstoreaccount1;";

    public Uri CosmosEndpoint => new($"http://127.0.0.1:{Ports.Cosmos}/");

    /// <summary>maildev's web UI and REST API (<c>GET /api/email</c>).</summary>
    public Uri MailUri => new($"http://127.0.0.1:{Ports.MailWeb}/");

    /// <summary>The app settings that point the function app at these services.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["AzureWebJobsStorage"] = StorageConnectionString,
        ["Cosmos__Endpoint"] = CosmosEndpoint.ToString(),
        ["Cosmos__Key"] = CosmosKey,
        ["Cosmos__LocalEmulator"] = "true",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = Ports.Smtp.ToString(CultureInfo.InvariantCulture),
        ["Smtp__EnableSsl"] = "false",
    };

    /// <summary>
    /// Installs (once) and starts the services. <paramref name="azuriteDataPath"/>: a folder for Azurite's data, so
    /// queues survive a restart; null keeps them in memory.
    /// </summary>
    public static async Task<LocalServices> StartAsync(string repoRoot, LocalServicePorts ports, Action<string> log, CancellationToken cancellationToken,
        string? azuriteDataPath = null)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(log);
        var directory = await NpmInstaller.EnsureInstalledAsync(repoRoot, log, cancellationToken);
        var resolved = new LocalServicePorts(Pick(ports.Queue), Pick(ports.Cosmos), Pick(ports.Smtp), Pick(ports.MailWeb));
        EnsureFree(("Azurite queue", resolved.Queue), ("Cosmos DB server", resolved.Cosmos), ("maildev SMTP", resolved.Smtp), ("maildev web", resolved.MailWeb));
        var modules = Path.Combine(directory, "node_modules");
        var persistence = azuriteDataPath is null ? "--inMemoryPersistence" : $"--location \"{Directory.CreateDirectory(azuriteDataPath).FullName}\"";
        var services = new LocalServices(
            resolved,
            new LocalService("Azurite", Path.Combine(modules, "azurite/dist/src/queue/main.js"),
                $"--queueHost 127.0.0.1 --queuePort {resolved.Queue} {persistence} --skipApiVersionCheck --loose --silent", directory, resolved.Queue),
            new LocalService("the Cosmos DB server", Path.Combine(modules, "@vercel/cosmosdb-server/lib/cli.js"),
                $"--host 127.0.0.1 --port {resolved.Cosmos} --no-ssl", directory, resolved.Cosmos),
            new LocalService("maildev", Path.Combine(modules, "maildev/dist/bin/maildev.js"),
                $"--ip 127.0.0.1 --smtp {resolved.Smtp} --web-ip 127.0.0.1 --web {resolved.MailWeb} --silent", directory, resolved.Smtp, resolved.MailWeb));
        try
        {
            await Task.WhenAll(services.Azurite.StartAsync(cancellationToken), services.Cosmos.StartAsync(cancellationToken), services.Mail.StartAsync(cancellationToken));
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Azurite.DisposeAsync();
        await Cosmos.DisposeAsync();
        await Mail.DisposeAsync();
    }

    private static int Pick(int port) => port == 0 ? FreePort() : port;

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>
    /// Refuses ports something else already listens on: readiness is "the port answers", so a leftover service from
    /// another run would otherwise be used silently instead of the one started here.
    /// </summary>
    private static void EnsureFree(params (string Name, int Port)[] ports)
    {
        foreach (var (name, port) in ports)
        {
            try
            {
                var probe = new TcpListener(System.Net.IPAddress.Loopback, port);
                probe.Start();
                probe.Stop();
            }
            catch (SocketException)
            {
                throw new InvalidOperationException(
                    $"Port {port} for the {name} is already in use, probably by another local LeadsNotLikes run or emulator. Stop it, or use --no-services to run against it.");
            }
        }
    }
}
