using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using LeadsNotLikes.Hosting;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.LocalHost.Services;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>
/// A whole local stack for one fault test: its own Azurite, Cosmos DB server and maildev on free ports (faults
/// disturb them, so they are never shared), and the local host running the real function app from its build output.
/// Reads back what was stored straight from Cosmos DB, the queues and maildev.
/// </summary>
public sealed class FaultStack : IAsyncDisposable
{
    public const string AppSecret = "faults-app-secret-0123456789abcdef";
    public const string From = "digest@leadsnotlikes.example";
    private const string Database = "faults";

    private readonly List<string> _temporary = [];
    private string _scriptRoot = ServicesFixture.ScriptRoot;

    private FaultStack(LocalServices services) => Services = services;

    public LocalServices Services { get; }

    public LocalFunctionsHost Host { get; private set; } = default!;

    public HttpClient Http { get; private set; } = default!;

    public CosmosClient Cosmos { get; private set; } = default!;

    /// <summary>Raw queue clients (no decoding), to see message text exactly as stored.</summary>
    public QueueServiceClient RawQueues { get; private set; } = default!;

    /// <summary>The worker's log lines, for diagnostics when a wait runs out (never for assertions).</summary>
    public ConcurrentQueue<string> WorkerOutput { get; } = new();

    /// <summary>The stand-in's own warnings (failed invocations, restarts, queue moves), for diagnostics and pacing.</summary>
    public ConcurrentQueue<string> HostWarnings { get; } = new();

    /// <summary>
    /// Starts services and host. <paramref name="persistAzurite"/> keeps Azurite's data in a temporary folder, so it
    /// survives a stop; <paramref name="editHostJson"/> runs the app from a copy of its build output with host.json changed;
    /// <paramref name="settings"/> are added to the app settings.
    /// </summary>
    public static async Task<FaultStack> StartAsync(CancellationToken cancellationToken, bool persistAzurite = false, Action<JsonObject>? editHostJson = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        string? azuriteData = persistAzurite ? Directory.CreateTempSubdirectory("faults-azurite-").FullName : null;
        var services = await LocalServices.StartAsync(ServicesFixture.RepoRoot, LocalServicePorts.Any, _ => { }, cancellationToken, azuriteDataPath: azuriteData);
        var stack = new FaultStack(services);
        if (azuriteData is not null)
        {
            stack._temporary.Add(azuriteData);
        }

        try
        {
            var scriptRoot = ServicesFixture.ScriptRoot;
            if (editHostJson is not null)
            {
                scriptRoot = stack.CopyScriptRoot(editHostJson);
            }

            stack._scriptRoot = scriptRoot;
            await stack.StartHostAsync(settings, cancellationToken);
            stack.Cosmos = ApplicationServices.CreateCosmosClient(
                new CosmosOptions { Endpoint = services.CosmosEndpoint.ToString(), Key = LocalServices.CosmosKey, Database = Database, LocalEmulator = true },
                new ConfigurationBuilder().Build());
            stack.RawQueues = new QueueServiceClient(services.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the host and starts a new one on the same services, with <paramref name="settings"/> added to the app settings.</summary>
    public async Task RestartHostAsync(IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await StartHostAsync(settings, cancellationToken);
    }

    public PlatformSender Sender(TimeSpan? giveUpAfter = null) => new(Http, AppSecret) { GiveUpAfter = giveUpAfter ?? TimeSpan.FromMinutes(3) };

    /// <summary>Creates the teams through the Manage API (UTC, digest due from 00:00, one recipient each).</summary>
    public async Task PutTeamsAsync(IEnumerable<FaultTeam> teams, CancellationToken cancellationToken)
    {
        foreach (var team in teams)
        {
            var body = new
            {
                name = "Team " + team.Id,
                timeZone = "UTC",
                digestHour = 0,
                recipients = new[] { team.Recipient },
                accounts = team.Pages.Select(p => new { platform = "facebook", accountId = p }).ToArray(),
            };
            using var request = new HttpRequestMessage(HttpMethod.Put, $"api/manage/teams/{team.Id}") { Content = JsonContent.Create(body) };
            request.Headers.Add("x-functions-key", Host.Keys.FunctionKey);
            using var response = await Http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Every post's counters for the team, summed over shards and days, by post id.</summary>
    public async Task<Dictionary<string, PostCounts>> CountsAsync(string teamId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<JsonObject>(teamId,
            "SELECT c.postId, c.reactionsAdded, c.reactionsRemoved, c.comments FROM c WHERE c.teamId = @teamId AND c.type = 'postDay'", cancellationToken);
        return rows.GroupBy(r => r["postId"]!.GetValue<string>()).ToDictionary(
            g => g.Key,
            g => new PostCounts(g.Sum(r => Int(r, "reactionsAdded")), g.Sum(r => Int(r, "reactionsRemoved")), g.Sum(r => Int(r, "comments"))));
    }

    /// <summary>The team's active leads: comment id to stored text.</summary>
    public async Task<Dictionary<string, string>> ActiveLeadsAsync(string teamId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync<JsonObject>(teamId, "SELECT c.itemId, c.text FROM c WHERE c.teamId = @teamId AND c.type = 'lead' AND c.status = 'active'", cancellationToken);
        return rows.ToDictionary(r => r["itemId"]!.GetValue<string>(), r => r["text"]?.GetValue<string>() ?? "");
    }

    /// <summary>Runs <paramref name="sql"/> (a query with <c>WHERE c.teamId = @teamId AND ...</c>) in the team's partition.</summary>
    public Task<List<T>> QueryAsync<T>(string teamId, string sql, CancellationToken cancellationToken) =>
        CosmosQueries.ToListAsync<T>(Cosmos.GetContainer(Database, CosmosContainers.Engagement),
            new QueryDefinition(sql).WithParameter("@teamId", teamId), teamId, cancellationToken);

    /// <summary>Messages in a queue, invisible (leased or waiting for a retry) ones included; 0 when it does not exist.</summary>
    public async Task<int> QueueDepthAsync(string queue, CancellationToken cancellationToken)
    {
        var client = RawQueues.GetQueueClient(queue);
        if (!(await client.ExistsAsync(cancellationToken)).Value)
        {
            return 0;
        }

        return (await client.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
    }

    /// <summary>The poison queue's messages, base64-decoded to their original text.</summary>
    public async Task<List<string>> PoisonAsync(CancellationToken cancellationToken)
    {
        var client = RawQueues.GetQueueClient(QueueNames.Events + "-poison");
        if (!(await client.ExistsAsync(cancellationToken)).Value)
        {
            return [];
        }

        var messages = await client.PeekMessagesAsync(32, cancellationToken);
        return messages.Value.Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Body.ToString()))).ToList();
    }

    /// <summary>
    /// Waits until the event queue is empty (every message processed and deleted) and has stayed empty for a
    /// moment; a message still leased or waiting for its retry counts as not processed.
    /// </summary>
    public async Task DrainAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var emptySince = (TimeSpan?)null;
        while (true)
        {
            var depth = await QueueDepthAsync(QueueNames.Events, cancellationToken);
            if (depth == 0)
            {
                emptySince ??= waited.Elapsed;
                if (waited.Elapsed - emptySince >= TimeSpan.FromSeconds(1.5))
                {
                    return;
                }
            }
            else
            {
                emptySince = null;
            }

            if (waited.Elapsed > limit)
            {
                throw new TimeoutException(
                    $"{depth} messages still in {QueueNames.Events} after {limit.TotalSeconds:F0} s (a message leased by a receive or delete that failed comes back only after the 10-minute lease).\n{Diagnostics()}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Waits for <paramref name="condition"/>, at most <paramref name="limit"/>.</summary>
    public async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > limit)
            {
                throw new TimeoutException($"Not true after {limit.TotalSeconds:F0} s: {what}.\n{Diagnostics()}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>The traffic's expected counters and leads against what Cosmos DB holds, team by team (exact).</summary>
    public async Task AssertStoredAsync(MetaTraffic traffic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        foreach (var team in traffic.Teams)
        {
            var expectedPosts = traffic.Posts.Where(p => team.Pages.Any(page => p.Key.StartsWith(page + "_", StringComparison.Ordinal)))
                .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            var stored = (await CountsAsync(team.Id, cancellationToken)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            Assert.Equal(expectedPosts, stored);

            var leads = await ActiveLeadsAsync(team.Id, cancellationToken);
            Assert.Equal(traffic.ActiveLeads[team.Id].OrderBy(l => l.Key, StringComparer.Ordinal), leads.OrderBy(l => l.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>The last lines of the host's warnings and the worker's log.</summary>
    public string Diagnostics() =>
        "Host warnings:\n" + string.Join('\n', HostWarnings.TakeLast(15)) + "\nWorker output:\n" + string.Join('\n', WorkerOutput.TakeLast(25));

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        Cosmos?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Services.DisposeAsync();
        foreach (var path in _temporary)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder; harmless.
            }
        }
    }

    private async Task StartHostAsync(IReadOnlyDictionary<string, string>? extra, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(Services.AppSettings)
        {
            ["Meta__AppSecret"] = AppSecret,
            ["Digest__LinkSecret"] = "fault-link-secret-0123456789abcdef0123456789",
            ["Meta__VerifyToken"] = "faults-verify-token",
            ["Smtp__From"] = From,
            ["Cosmos__Database"] = Database,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        Host = await LocalFunctionsHost.StartAsync(new LocalFunctionsHostOptions
        {
            ScriptRootPath = _scriptRoot,
            Settings = settings,
            Port = 0,
            RunTimers = false,
            WorkerOutput = line => Keep(WorkerOutput, line.ToString()),
            LoggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Warning).AddProvider(new ListLoggerProvider(line => Keep(HostWarnings, line)))),
        }, cancellationToken);
        Http = new HttpClient { BaseAddress = Host.BaseUri, Timeout = TimeSpan.FromSeconds(60) };
    }

    private static int Int(JsonObject row, string name) => row[name]?.GetValue<int>() ?? 0;

    private void Keep(ConcurrentQueue<string> lines, string line)
    {
        lines.Enqueue(line);
        while (lines.Count > 400 && lines.TryDequeue(out _))
        {
        }
    }

    /// <summary>A copy of the function app's build output with host.json edited (the stand-in reads it from the script root).</summary>
    private string CopyScriptRoot(Action<JsonObject> edit)
    {
        var copy = Directory.CreateTempSubdirectory("faults-scriptroot-").FullName;
        _temporary.Add(copy);
        var source = ServicesFixture.ScriptRoot;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var hostJsonPath = Path.Combine(copy, "host.json");
        var hostJson = JsonNode.Parse(File.ReadAllText(hostJsonPath))!.AsObject();
        edit(hostJson);
        File.WriteAllText(hostJsonPath, hostJson.ToJsonString());
        return copy;
    }
}
