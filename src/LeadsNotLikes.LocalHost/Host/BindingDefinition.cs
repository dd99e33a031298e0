using System.Text.Json.Nodes;

namespace LeadsNotLikes.LocalHost.Host;

/// <summary>One of a function's bindings, from the worker's raw binding JSON (the same JSON as functions.metadata).</summary>
public sealed record BindingDefinition(string Name, string Type, string Direction, string? DataType, JsonObject Raw)
{
    public bool IsInput => string.Equals(Direction, "in", StringComparison.OrdinalIgnoreCase);

    public bool IsTrigger => IsInput && Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    public string? String(string name) =>
        Raw.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public bool Bool(string name) =>
        Raw.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v
        && (v.TryGetValue<bool>(out var b) ? b : v.TryGetValue<string>(out var s) && bool.TryParse(s, out b) && b);

    /// <summary>A value of the binding's <c>properties</c> object (e.g. <c>SupportsDeferredBinding</c>).</summary>
    public string? Property(string name) =>
        Raw.FirstOrDefault(p => string.Equals(p.Key, "properties", StringComparison.OrdinalIgnoreCase)).Value is JsonObject properties
        && properties.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v
            ? v.ToString()
            : null;
}
