using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>A lead as the digest shows it: who, what was said, why it scored, where to answer it and how to mark it.</summary>
public sealed record LeadSummary
{
    /// <summary>The lead's document id, used by the mark-handled links.</summary>
    public string Id { get; init; } = "";

    public required string Platform { get; init; }

    public required string PostId { get; init; }

    public required EngagementKind Kind { get; init; }

    public required LeadIntent Intent { get; init; }

    public required int Score { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? AuthorName { get; init; }

    public int? Rating { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Opens the comment or review itself, to reply.</summary>
    public string? Link { get; init; }

    /// <summary>When the platform's reply window (e.g. Meta's private reply) closes; null when there is none.</summary>
    public DateTimeOffset? ReplyBy { get; init; }

    /// <summary>"handled" or "notALead" once someone marked it; null while open.</summary>
    public string? Resolution { get; init; }

    public string? HandledLink { get; init; }

    public string? NotALeadLink { get; init; }
}
