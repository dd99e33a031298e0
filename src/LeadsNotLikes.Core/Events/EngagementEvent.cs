namespace LeadsNotLikes.Events;

/// <summary>
/// One comment, reply, reaction, mention or review, normalized from any platform's webhook.
/// This is the queue message body: one event per message.
/// </summary>
public sealed record EngagementEvent
{
    /// <summary>Stable across redeliveries of the same platform event; the idempotency key for every effect.</summary>
    public required string EventId { get; init; }

    public required string Platform { get; init; }

    /// <summary>The business account the event belongs to (Facebook Page id, Instagram account id, ...).</summary>
    public required string AccountId { get; init; }

    public required EngagementKind Kind { get; init; }

    public required EngagementAction Action { get; init; }

    /// <summary>The post the engagement is on.</summary>
    public required string PostId { get; init; }

    /// <summary>
    /// The comment, reply or review itself. For a reaction: the comment reacted to, or null when the reaction is on the post.
    /// </summary>
    public string? ItemId { get; init; }

    /// <summary>For a reply: the comment replied to.</summary>
    public string? ParentId { get; init; }

    public string? AuthorId { get; init; }

    /// <summary>Personal data: stored on leads only, never logged.</summary>
    public string? AuthorName { get; init; }

    /// <summary>Personal data: scored, stored on leads only, never logged.</summary>
    public string? Text { get; init; }

    /// <summary>For reactions: like, love, haha, wow, sad, angry, care or another platform value.</summary>
    public string? ReactionType { get; init; }

    /// <summary>For reviews: 1 to 5 stars when the platform gives one.</summary>
    public int? Rating { get; init; }

    /// <summary>When the person acted, as the platform reports it.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
