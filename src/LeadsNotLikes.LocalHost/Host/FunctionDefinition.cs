using System.Text.Json;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>One function folder's <c>function.json</c>: its trigger and the trigger's settings.</summary>
public sealed record FunctionDefinition
{
    public required string Name { get; init; }

    public required TriggerKind Trigger { get; init; }

    /// <summary>The trigger binding's <c>name</c>: the key of its value in the invocation's <c>Data</c>.</summary>
    public required string BindingName { get; init; }

    /// <summary>HTTP: exactly one httpTrigger in and one http out, which the host forwards raw (azure-facts.md A.7).</summary>
    public bool IsHttpInAndOut { get; init; }

    public string AuthLevel { get; init; } = "function";

    public IReadOnlyList<string> Methods { get; init; } = [];

    public string? Route { get; init; }

    public string? QueueName { get; init; }

    public string Connection { get; init; } = "AzureWebJobsStorage";

    public string? Schedule { get; init; }

    public bool RunOnStartup { get; init; }

    public static FunctionDefinition Load(string name, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var bindings = document.RootElement.GetProperty("bindings").EnumerateArray().ToList();
        var inputs = bindings.Where(b => ScriptRoot.String(b, "direction") == "in").ToList();
        var outputs = bindings.Where(b => ScriptRoot.String(b, "direction") == "out").ToList();
        var trigger = inputs.SingleOrDefault(b => (ScriptRoot.String(b, "type") ?? "").EndsWith("Trigger", StringComparison.Ordinal));
        if (trigger.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"Function '{name}': function.json needs exactly one trigger binding.");
        }

        var type = ScriptRoot.String(trigger, "type")!;
        var unsupported = bindings.Select(b => ScriptRoot.String(b, "type")).Where(t => t is not ("httpTrigger" or "http" or "queueTrigger" or "timerTrigger")).ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidOperationException($"Function '{name}': binding type(s) {string.Join(", ", unsupported)} are not supported by the local host.");
        }

        var definition = new FunctionDefinition
        {
            Name = name,
            Trigger = type switch
            {
                "httpTrigger" => TriggerKind.Http,
                "queueTrigger" => TriggerKind.Queue,
                "timerTrigger" => TriggerKind.Timer,
                _ => throw new InvalidOperationException($"Function '{name}': trigger '{type}' is not supported by the local host."),
            },
            BindingName = ScriptRoot.String(trigger, "name") ?? throw new InvalidOperationException($"Function '{name}': the trigger needs a name."),
            IsHttpInAndOut = inputs.Count == 1 && outputs.Count == 1 && type == "httpTrigger" && ScriptRoot.String(outputs[0], "type") == "http",
            AuthLevel = ScriptRoot.String(trigger, "authLevel") ?? "function",
            Methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToList() : [],
            Route = ScriptRoot.String(trigger, "route"),
            QueueName = ScriptRoot.String(trigger, "queueName"),
            Connection = ScriptRoot.String(trigger, "connection") ?? "AzureWebJobsStorage",
            Schedule = ScriptRoot.String(trigger, "schedule"),
            RunOnStartup = trigger.TryGetProperty("runOnStartup", out var r) && r.GetBoolean(),
        };

        return definition.Trigger switch
        {
            TriggerKind.Queue when string.IsNullOrEmpty(definition.QueueName) => throw new InvalidOperationException($"Function '{name}': queueName is required."),
            TriggerKind.Timer when string.IsNullOrEmpty(definition.Schedule) => throw new InvalidOperationException($"Function '{name}': schedule is required."),
            TriggerKind.Http when !definition.IsHttpInAndOut => throw new InvalidOperationException(
                $"Function '{name}': only HTTP functions with one httpTrigger and one http output (forwarded raw) are supported by the local host."),
            _ => definition,
        };
    }
}
