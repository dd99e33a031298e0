using System.Globalization;
using System.Text.Json;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// A function app's script root as the Functions host reads it for the .NET isolated worker: <c>host.json</c> (route
/// prefix, queue options, function timeout) and <c>worker.config.json</c> (how to start the worker). The functions
/// themselves come from the worker over gRPC (worker indexing), not from files (isolated-worker-facts.md 6).
/// </summary>
public sealed record ScriptRoot
{
    /// <summary>The queue trigger's <c>maxPollingInterval</c> when host.json leaves it out, in the Development environment.</summary>
    public static readonly TimeSpan DevelopmentMaxPollingInterval = TimeSpan.FromSeconds(2);

    public required string Path { get; init; }

    public required WorkerDescription Worker { get; init; }

    public required string RoutePrefix { get; init; }

    public required QueueSettings Queues { get; init; }

    public required TimeSpan FunctionTimeout { get; init; }

    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ScriptRoot Load(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        var hostJsonPath = System.IO.Path.Combine(path, "host.json");
        var workerConfigPath = System.IO.Path.Combine(path, "worker.config.json");
        if (!File.Exists(hostJsonPath) || !File.Exists(workerConfigPath))
        {
            throw new InvalidOperationException(
                $"'{path}' is not an isolated-worker build output (host.json and worker.config.json are needed): build the function app first (dotnet build).");
        }

        using var host = JsonDocument.Parse(File.ReadAllText(hostJsonPath), JsonOptions);
        using var workerConfig = JsonDocument.Parse(File.ReadAllText(workerConfigPath), JsonOptions);
        return Parse(path, host.RootElement, workerConfig.RootElement);
    }

    internal static ScriptRoot Parse(string path, JsonElement hostJson, JsonElement workerConfig)
    {
        var extensions = Section(hostJson, "extensions");
        var http = Section(extensions, "http");
        var queues = Section(extensions, "queues");
        return new ScriptRoot
        {
            Path = path,
            Worker = ParseWorker(path, Section(workerConfig, "description")),
            RoutePrefix = (String(http, "routePrefix") ?? "api").Trim('/'),
            Queues = new QueueSettings
            {
                MaxPollingInterval = Time(queues, "maxPollingInterval") ?? DevelopmentMaxPollingInterval,
                VisibilityTimeout = Time(queues, "visibilityTimeout") ?? TimeSpan.Zero,
                BatchSize = Int(queues, "batchSize") ?? 16,
                NewBatchThreshold = Int(queues, "newBatchThreshold"),
                MaxDequeueCount = Int(queues, "maxDequeueCount") ?? 5,
                Base64Encoding = !string.Equals(String(queues, "messageEncoding"), "none", StringComparison.OrdinalIgnoreCase),
            },
            FunctionTimeout = Time(hostJson, "functionTimeout") ?? TimeSpan.FromMinutes(30),
        };
    }

    private static WorkerDescription ParseWorker(string path, JsonElement description)
    {
        if (!string.Equals(String(description, "language"), "dotnet-isolated", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("worker.config.json: only the dotnet-isolated worker is supported by the local host.");
        }

        if (!string.Equals(String(description, "workerIndexing"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "worker.config.json: workerIndexing is off; the local host only supports worker indexing (FunctionsEnableWorkerIndexing, the default).");
        }

        var executable = Resolve(path, String(description, "defaultExecutablePath")
            ?? throw new InvalidOperationException("worker.config.json: description.defaultExecutablePath is required."));
        var worker = Resolve(path, String(description, "defaultWorkerPath")
            ?? throw new InvalidOperationException("worker.config.json: description.defaultWorkerPath is required."));
        // A bare executable name (dotnet) comes from PATH; a relative worker path is relative to the script root.
        return new WorkerDescription(executable, System.IO.Path.IsPathRooted(worker) ? worker : System.IO.Path.Combine(path, worker));
    }

    /// <summary>The host replaces <c>{WorkerRoot}</c> with the worker directory, which is the script root for dotnet-isolated.</summary>
    private static string Resolve(string path, string value) =>
        value.Replace("{WorkerRoot}", path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? path : path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static JsonElement Section(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var s) ? s : default;

    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.TryGetInt32(out var i) ? i : null;

    private static TimeSpan? Time(JsonElement element, string name) =>
        String(element, name) is { } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : null;
}
