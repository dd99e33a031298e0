using System.Globalization;
using System.Text.Json;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// A function app's script root as the Functions host reads it: <c>host.json</c> and one folder per function with
/// its <c>function.json</c> (azure-facts.md A.1–A.4). Only what this app uses is supported; anything else fails
/// at load with the function's name, rather than behaving differently from Azure.
/// </summary>
public sealed record ScriptRoot
{
    public required string Path { get; init; }

    public required CustomHandlerDescription Handler { get; init; }

    public required bool EnableForwardingHttpRequest { get; init; }

    public required string RoutePrefix { get; init; }

    public required QueueSettings Queues { get; init; }

    public required TimeSpan FunctionTimeout { get; init; }

    public required IReadOnlyList<FunctionDefinition> Functions { get; init; }

    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ScriptRoot Load(string path)
    {
        var hostJsonPath = System.IO.Path.Combine(path, "host.json");
        if (!File.Exists(hostJsonPath))
        {
            throw new InvalidOperationException($"No host.json in '{path}': build the function app first (dotnet build).");
        }

        using var host = JsonDocument.Parse(File.ReadAllText(hostJsonPath), JsonOptions);
        var root = host.RootElement;
        var customHandler = root.TryGetProperty("customHandler", out var ch) ? ch
            : throw new InvalidOperationException("host.json has no customHandler section.");
        var description = customHandler.GetProperty("description");
        var extensions = root.TryGetProperty("extensions", out var ext) ? ext : default;
        var http = Section(extensions, "http");
        var queues = Section(extensions, "queues");

        var functions = Directory.GetDirectories(path)
            .Where(d => File.Exists(System.IO.Path.Combine(d, "function.json")))
            .Select(d => FunctionDefinition.Load(System.IO.Path.GetFileName(d), System.IO.Path.Combine(d, "function.json")))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        return new ScriptRoot
        {
            Path = path,
            Handler = new CustomHandlerDescription(
                String(description, "defaultExecutablePath") ?? throw new InvalidOperationException("host.json: customHandler.description.defaultExecutablePath is required."),
                String(description, "workingDirectory") ?? "",
                description.TryGetProperty("arguments", out var args) ? args.EnumerateArray().Select(a => a.GetString() ?? "").ToList() : []),
            EnableForwardingHttpRequest = customHandler.TryGetProperty("enableForwardingHttpRequest", out var fwd) && fwd.GetBoolean(),
            RoutePrefix = String(http, "routePrefix") ?? "api",
            Queues = new QueueSettings
            {
                MaxPollingInterval = Time(queues, "maxPollingInterval") ?? TimeSpan.FromMinutes(1),
                VisibilityTimeout = Time(queues, "visibilityTimeout") ?? TimeSpan.Zero,
                BatchSize = Int(queues, "batchSize") ?? 16,
                NewBatchThreshold = Int(queues, "newBatchThreshold"),
                MaxDequeueCount = Int(queues, "maxDequeueCount") ?? 5,
                Base64Encoding = !string.Equals(String(queues, "messageEncoding"), "none", StringComparison.OrdinalIgnoreCase),
            },
            FunctionTimeout = Time(root, "functionTimeout") ?? TimeSpan.FromMinutes(30),
            Functions = functions,
        };
    }

    private static JsonElement Section(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var s) ? s : default;

    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.TryGetInt32(out var i) ? i : null;

    private static TimeSpan? Time(JsonElement element, string name) =>
        String(element, name) is { } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : null;
}
