using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadsNotLikes.Events;

/// <summary>Writes and reads an enum as its camelCase name, as the Cosmos DB documents do.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
