using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadsNotLikes.Events;

/// <summary>Source-generated JSON for the queue message body (the hot path): camelCase names and enum values, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumConverter<EngagementKind>), typeof(CamelCaseEnumConverter<EngagementAction>)])]
[JsonSerializable(typeof(EngagementEvent))]
public sealed partial class EventJsonContext : JsonSerializerContext;
