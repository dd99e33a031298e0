using System.Globalization;
using System.Text.Json;

namespace LeadsNotLikes.Webhooks;

/// <summary>Defensive readers for platform JSON: a field of an unexpected type reads as absent, never as an exception.</summary>
public static class JsonFields
{
    /// <summary>Longest text kept from a comment or review.</summary>
    public const int MaxTextLength = 8_000;

    public const int MaxNameLength = 200;

    private static readonly JsonReaderOptions Limits = new() { MaxDepth = 32 };

    /// <summary>Parses a body with a depth limit; null when it is not JSON.</summary>
    public static JsonDocument? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, Limits);
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The root of a delivery that must be a JSON object (holding the array <paramref name="array"/> when one is
    /// named), or the 400 that says what is wrong with it. The root needs no disposing.
    /// </summary>
    public static (JsonElement Root, ParsedWebhook? Malformed) ParseObject(ReadOnlySpan<byte> body, string? array = null)
    {
        JsonElement root;
        try
        {
            var reader = new Utf8JsonReader(body, Limits);
            root = JsonElement.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return (default, ParsedWebhook.Malformed("The body is not valid JSON."));
        }

        return root.ValueKind != JsonValueKind.Object ? (default, ParsedWebhook.Malformed("The body must be a JSON object."))
            : array is not null && Arr(root, array) is null ? (default, ParsedWebhook.Malformed($"The body has no '{array}' array."))
            : (root, null);
    }

    public static JsonElement? Obj(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Object ? p : null;

    public static JsonElement? Arr(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array ? p : null;

    public static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    /// <summary>The first of <paramref name="names"/> that is a string (for fields whose documented name varies).</summary>
    public static string? Str(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Str(element, name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>An id given as a string or a number (kept digit for digit); blank or over 200 characters is no id.</summary>
    public static string? Id(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var p))
        {
            return null;
        }

        var id = p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Number => p.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(id) || id.Length > 200 ? null : id;
    }

    public static string? Id(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Id(element, name) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    public static int? Int(JsonElement element, string name) =>
        Long(element, name) is { } n and >= int.MinValue and <= int.MaxValue ? (int)n : null;

    public static long? Long(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var p))
        {
            return null;
        }

        return p.ValueKind switch
        {
            JsonValueKind.Number when p.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(p.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static bool? Bool(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var p))
        {
            return null;
        }

        return p.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(p.GetString(), out var b) => b,
            _ => null,
        };
    }

    /// <summary>An ISO-8601 time (offset or Z); null when absent or unreadable.</summary>
    public static DateTimeOffset? IsoTime(JsonElement element, string name) =>
        Str(element, name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    /// <summary>Unix milliseconds (number or numeric string).</summary>
    public static DateTimeOffset? UnixMilliseconds(JsonElement element, string name) =>
        Long(element, name) is { } ms and > 0 and < 253_402_300_799_000 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    public static string? Text(string? value) => Truncate(string.IsNullOrWhiteSpace(value) ? null : value, MaxTextLength);

    public static string? Name(string? value) => Truncate(string.IsNullOrWhiteSpace(value) ? null : value, MaxNameLength);

    public static string Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
