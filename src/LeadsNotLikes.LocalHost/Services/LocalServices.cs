using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace LeadsNotLikes.LocalHost.Services;

/// <summary>
/// The real local services the pipeline runs against, each a child process started from npm packages:
/// Azurite's queue service, the Cosmos DB server (HTTP, in memory) and maildev (SMTP sink with a REST API at /api/email).
/// Ports of 0 pick free ones, so tests can run beside a running local stack.
/// </summary>
public sealed class LocalServices : IAsyncDisposable
{
    /// <summary>The Cosmos DB emulator's well-known key (public); the local server accepts it.</summary>
    public const string CosmosKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<Process> _processes = [];

    private LocalServices(LocalServicePorts ports) => Ports = ports;

    public LocalServicePorts Ports { get; }

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

    public static async Task<LocalServices> StartAsync(string repoRoot, LocalServicePorts ports, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(log);
        var directory = await NpmInstaller.EnsureInstalledAsync(repoRoot, log, cancellationToken);
        var resolved = new LocalServicePorts(
            Pick(ports.Queue), Pick(ports.Cosmos), Pick(ports.Smtp), Pick(ports.MailWeb));
        EnsureFree(("Azurite queue", resolved.Queue), ("Cosmos DB server", resolved.Cosmos), ("maildev SMTP", resolved.Smtp), ("maildev web", resolved.MailWeb));
        var services = new LocalServices(resolved);
        try
        {
            var modules = Path.Combine(directory, "node_modules");
            services.Start("azurite", Path.Combine(modules, "azurite/dist/src/queue/main.js"),
                $"--queueHost 127.0.0.1 --queuePort {resolved.Queue} --inMemoryPersistence --skipApiVersionCheck --loose --silent", directory);
            services.Start("cosmosdb-server", Path.Combine(modules, "@vercel/cosmosdb-server/lib/cli.js"),
                $"--host 127.0.0.1 --port {resolved.Cosmos} --no-ssl", directory);
            services.Start("maildev", Path.Combine(modules, "maildev/dist/bin/maildev.js"),
                $"--ip 127.0.0.1 --smtp {resolved.Smtp} --web-ip 127.0.0.1 --web {resolved.MailWeb} --silent", directory);
            await Task.WhenAll(
                WaitForPortAsync("azurite", resolved.Queue, cancellationToken),
                WaitForPortAsync("cosmosdb-server", resolved.Cosmos, cancellationToken),
                WaitForPortAsync("maildev smtp", resolved.Smtp, cancellationToken),
                WaitForPortAsync("maildev web", resolved.MailWeb, cancellationToken));
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
        foreach (var process in _processes)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        _processes.Clear();
    }

    private void Start(string name, string script, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo("node", $"\"{script}\" {arguments}")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        };
    }

    private static int Pick(int port) => port == 0 ? FreePort() : port;

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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

    private static async Task WaitForPortAsync(string name, int port, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new TimeoutException($"{name} did not start listening on port {port} within 30 seconds.");
    }
}
