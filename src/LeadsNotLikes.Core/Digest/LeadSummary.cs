using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Digest;

/// <summary>A lead as the digest shows it: what was said, why it scored, and where to answer it.</summary>
public sealed record LeadSummary
{
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

    public string? Link { get; init; }
}
