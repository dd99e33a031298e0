using System.Text.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.LocalHost.Host.Rpc;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>
/// One function as the worker indexed it (<c>FunctionMetadataResponse</c>): its id, entry point, and bindings parsed
/// from the raw binding JSON, validated as the host validates them (one trigger, unique binding names). Only what
/// the local host drives is accepted (HTTP, queue and timer triggers; http and queue outputs); anything else fails
/// at start with the function's name, rather than behaving differently from Azure.
/// </summary>
public sealed record FunctionDefinition
{
    private static readonly string[] SupportedOutputs = ["http", "queue"];

    public required string Name { get; init; }

    /// <summary>The worker's id for the function (a stable hash of name, entry point and script file).</summary>
    public required string FunctionId { get; init; }

    public string EntryPoint { get; init; } = "";

    public string ScriptFile { get; init; } = "";

    public required TriggerKind Trigger { get; init; }

    /// <summary>The trigger binding's name: the parameter the worker binds the trigger value to.</summary>
    public required string BindingName { get; init; }

    public IReadOnlyList<BindingDefinition> Bindings { get; init; } = [];

    /// <summary>HTTP: <c>Anonymous</c>, <c>Function</c> or <c>Admin</c> (the enum name the SDK writes).</summary>
    public string AuthLevel { get; init; } = "Function";

    /// <summary>HTTP methods, upper case; empty means any.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    public string? Route { get; init; }

    public string? QueueName { get; init; }

    /// <summary>The app setting holding the storage connection (queue trigger).</summary>
    public string Connection { get; init; } = "AzureWebJobsStorage";

    /// <summary>The trigger's <c>dataType</c>: <c>String</c>, <c>Binary</c>, or null (a POCO, sent as a string).</summary>
    public string? DataType { get; init; }

    /// <summary>The parameter is a <c>QueueMessage</c> or <c>BinaryData</c>: the host sends <c>model_binding_data</c>.</summary>
    public bool SupportsDeferredBinding { get; init; }

    public string? Schedule { get; init; }

    public bool RunOnStartup { get; init; }

    public IEnumerable<BindingDefinition> QueueOutputs => Bindings.Where(b => !b.IsInput && string.Equals(b.Type, "queue", StringComparison.OrdinalIgnoreCase));

    internal static FunctionDefinition FromMetadata(RpcFunctionMetadata metadata) =>
        Parse(metadata.Name, metadata.FunctionId, metadata.EntryPoint, metadata.ScriptFile, metadata.RawBindings);

    /// <summary>Builds a function from the worker's metadata; throws with the function's name if the local host cannot drive it.</summary>
    public static FunctionDefinition Parse(string name, string functionId, string entryPoint, string scriptFile, IEnumerable<string> rawBindings)
    {
        ArgumentNullException.ThrowIfNull(rawBindings);
        var bindings = rawBindings.Select(raw => ParseBinding(name, raw)).ToList();
        var duplicate = bindings.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Function '{name}': more than one binding is named '{duplicate.Key}'.");
        }

        var triggers = bindings.Where(b => b.IsTrigger).ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"Function '{name}': a function needs exactly one trigger binding; it has {triggers.Count}.");
        }

        var trigger = triggers[0];
        var unsupported = bindings.Where(b => b != trigger && (b.IsInput || !SupportedOutputs.Contains(b.Type, StringComparer.OrdinalIgnoreCase)))
            .Select(b => $"{b.Type} ({b.Direction})").ToList();
        if (unsupported.Count > 0)
        {
            throw new InvalidOperationException($"Function '{name}': binding(s) {string.Join(", ", unsupported)} are not supported by the local host.");
        }

        var definition = new FunctionDefinition
        {
            Name = name,
            FunctionId = functionId,
            EntryPoint = entryPoint,
            ScriptFile = scriptFile,
            Trigger = trigger.Type.ToUpperInvariant() switch
            {
                "HTTPTRIGGER" => TriggerKind.Http,
                "QUEUETRIGGER" => TriggerKind.Queue,
                "TIMERTRIGGER" => TriggerKind.Timer,
                _ => throw new InvalidOperationException($"Function '{name}': trigger '{trigger.Type}' is not supported by the local host."),
            },
            BindingName = trigger.Name,
            Bindings = bindings,
            AuthLevel = trigger.String("authLevel") ?? "Function",
            Methods = trigger.Raw["methods"] is JsonArray methods
                ? methods.Select(m => m!.GetValue<string>().ToUpperInvariant()).ToList()
                : [],
            Route = trigger.String("route"),
            QueueName = trigger.String("queueName"),
            Connection = trigger.String("connection") is { Length: > 0 } connection ? connection : "AzureWebJobsStorage",
            DataType = trigger.DataType,
            SupportsDeferredBinding = string.Equals(trigger.Property("SupportsDeferredBinding"), "true", StringComparison.OrdinalIgnoreCase),
            Schedule = trigger.String("schedule"),
            RunOnStartup = trigger.Bool("runOnStartup"),
        };

        return definition.Trigger switch
        {
            TriggerKind.Queue when string.IsNullOrEmpty(definition.QueueName) => throw new InvalidOperationException($"Function '{name}': queueName is required."),
            TriggerKind.Timer when string.IsNullOrEmpty(definition.Schedule) => throw new InvalidOperationException($"Function '{name}': schedule is required."),
            _ => definition,
        };
    }

    /// <summary>
    /// The load request the host sends for this function: id, name, entry point, script file, and each binding's
    /// direction, type and data type (no properties), as <c>GrpcWorkerChannel.GetFunctionLoadRequest</c> builds it.
    /// </summary>
    internal FunctionLoadRequest ToLoadRequest()
    {
        var metadata = new RpcFunctionMetadata
        {
            Name = Name,
            FunctionId = FunctionId,
            Directory = "",
            EntryPoint = EntryPoint,
            ScriptFile = ScriptFile,
            IsProxy = false,
        };
        foreach (var binding in Bindings)
        {
            metadata.Bindings[binding.Name] = new BindingInfo
            {
                Type = binding.Type,
                Direction = binding.Direction.ToUpperInvariant() switch
                {
                    "IN" => BindingInfo.Types.Direction.In,
                    "OUT" => BindingInfo.Types.Direction.Out,
                    _ => BindingInfo.Types.Direction.Inout,
                },
                DataType = binding.DataType?.ToUpperInvariant() switch
                {
                    "STRING" => BindingInfo.Types.DataType.String,
                    "BINARY" => BindingInfo.Types.DataType.Binary,
                    "STREAM" => BindingInfo.Types.DataType.Stream,
                    _ => BindingInfo.Types.DataType.Undefined,
                },
            };
        }

        return new FunctionLoadRequest { FunctionId = FunctionId, Metadata = metadata };
    }

    private static BindingDefinition ParseBinding(string function, string raw)
    {
        var json = JsonNode.Parse(raw, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject
            ?? throw new InvalidOperationException($"Function '{function}': a raw binding is not a JSON object.");
        var binding = new BindingDefinition("", "", "", null, json);
        return binding with
        {
            Name = binding.String("name") ?? throw new InvalidOperationException($"Function '{function}': a binding has no name."),
            Type = binding.String("type") ?? throw new InvalidOperationException($"Function '{function}': binding has no type."),
            Direction = binding.String("direction") ?? throw new InvalidOperationException($"Function '{function}': a binding has no direction."),
            DataType = binding.String("dataType"),
        };
    }
}
