namespace LeadsNotLikes.Webhooks.Google;

/// <summary>A Business Profile notification out of a Pub/Sub push: its type and the review it names (if any).</summary>
public sealed record PubSubNotification(string MessageId, string? NotificationType, string? ReviewName, string? LocationName);
