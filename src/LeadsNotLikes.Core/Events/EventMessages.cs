using System.Text.Json;

namespace LeadsNotLikes.Events;

/// <summary>
/// Queue message text for an event: base64 of its UTF-8 JSON, the encoding the Functions queue trigger decodes by
/// default (host.json <c>messageEncoding: base64</c>; azure-facts.md B). The trigger hands the function the JSON.
/// </summary>
public static class EventMessages
{
    /// <summary>
    /// The longest an encoded event can get: 8,000 characters of text at 3 UTF-8 bytes each (non-ASCII is written
    /// as UTF-8, not as 6-byte \uXXXX escapes), names and ids, then base64; well under the queue's 64 KiB.
    /// </summary>
    private static readonly EventJsonContext Json = new(new JsonSerializerOptions(EventJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // queue text, never HTML
    });

    public static string Encode(EngagementEvent engagement) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(engagement, Json.EngagementEvent));

    /// <summary>Reads an event from its JSON; throws <see cref="JsonException"/> when it is not one.</summary>
    public static EngagementEvent FromJson(string json) =>
        JsonSerializer.Deserialize(json, Json.EngagementEvent)
        ?? throw new JsonException("The message is JSON null, not an engagement event.");

    /// <summary>Reads an event from queue message text (base64 JSON).</summary>
    public static EngagementEvent Decode(string messageText) =>
        FromJson(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(messageText)));
}
