using System.Text.Json;
using static LeadsNotLikes.Webhooks.JsonFields;

namespace LeadsNotLikes.Webhooks.Google;

/// <summary>
/// A Pub/Sub push in the default wrapped format (platform-facts.md §3.2): <c>message.data</c> is the base64 of the
/// Business Profile notification, whose field names vary between the references (⚠): <c>notificationType</c> /
/// <c>type</c> / <c>notification_type</c>, <c>reviewName</c> / <c>review_name</c> / <c>review</c>,
/// <c>locationName</c> / <c>location_name</c> / <c>location</c>. Every variant is read.
/// </summary>
public static class PubSubPushParser
{
    /// <summary>The notification, or an error for a body that is not a wrapped push (then 400: Pub/Sub will not fix it by retrying).</summary>
    public static (PubSubNotification? Notification, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        using var document = TryParse(body);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body is not a JSON object.");
        }

        if (Obj(document.RootElement, "message") is not { } message)
        {
            return (null, "The body has no 'message' object (is the subscription set to unwrapped delivery?).");
        }

        var messageId = Str(message, "messageId", "message_id");
        var data = Str(message, "data");
        if (messageId is null || data is null)
        {
            return (null, "The message has no messageId or data.");
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            return (null, "message.data is not base64.");
        }

        using var notification = TryParse(decoded);
        if (notification is null || notification.RootElement.ValueKind != JsonValueKind.Object)
        {
            return (null, "message.data is not a JSON object.");
        }

        var n = notification.RootElement;
        return (new PubSubNotification(
            Truncate(messageId, 200)!,
            Truncate(Str(n, "notificationType", "type", "notification_type"), 60),
            Str(n, "reviewName", "review_name", "review"),
            Str(n, "locationName", "location_name", "location")), null);
    }

    /// <summary>The location id of <c>accounts/{a}/locations/{l}/reviews/{r}</c>; null when the name is not a review's.</summary>
    public static string? LocationId(string reviewName)
    {
        ArgumentNullException.ThrowIfNull(reviewName);
        var parts = reviewName.Split('/');
        return parts.Length == 6 && parts[0] == "accounts" && parts[2] == "locations" && parts[4] == "reviews"
            && parts.All(p => p.Length is > 0 and <= 200 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            ? parts[3]
            : null;
    }
}
