using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>How documents are written: camelCase, enums as strings, nulls omitted.</summary>
public static class CosmosJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
