using System.Text.Json;

namespace LeadsNotLikes.Events;

/// <summary>
/// An event as a queue message: its UTF-8 JSON. The queue clients base64-encode it on the wire
/// (<c>QueueMessageEncoding.Base64</c>), the encoding the Functions queue trigger decodes by default (host.json
/// <c>messageEncoding: base64</c>), so the Score function receives the JSON.
/// </summary>
public static class EventMessages
{
    /// <summary>
    /// The longest an event's message can get: 8,000 characters of text at 3 UTF-8 bytes each (non-ASCII is written
    /// as UTF-8, not as 6-byte \uXXXX escapes), names and ids, then base64; well under the queue's 64 KiB.
    /// </summary>
    private static readonly EventJsonContext Json = new(new JsonSerializerOptions(EventJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // queue text, never HTML
    });

    public static byte[] ToUtf8Json(EngagementEvent engagement) =>
        JsonSerializer.SerializeToUtf8Bytes(engagement, Json.EngagementEvent);

    /// <summary>Reads an event from its JSON; throws <see cref="JsonException"/> when it is not one.</summary>
    public static EngagementEvent FromJson(string json) =>
        JsonSerializer.Deserialize(json, Json.EngagementEvent)
        ?? throw new JsonException("The message is JSON null, not an engagement event.");

    /// <summary>Reads an event from a queue message's decoded body; throws <see cref="JsonException"/> when it is not one.</summary>
    public static EngagementEvent FromUtf8Json(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, Json.EngagementEvent)
        ?? throw new JsonException("The message is JSON null, not an engagement event.");
}
