using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadsNotLikes.Events;

/// <summary>Source-generated JSON for the queue message body (the hot path): camelCase, enums as strings, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EngagementEvent))]
public sealed partial class EventJsonContext : JsonSerializerContext;
