using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// A lead in the <c>engagement</c> container. Its id derives from the platform item, so every delivery of any
/// event about the same comment or review lands on this one document. A retracted document is a tombstone that
/// stops an older, late delivery from bringing the lead back.
/// </summary>
public sealed record LeadDocument
{
    public const string DocumentType = "lead";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required LeadStatus Status { get; init; }

    /// <summary>The team-local day (yyyy-MM-dd) the comment or review was first seen on; digests select on it.</summary>
    public required string Day { get; init; }

    public required string Platform { get; init; }

    public required string AccountId { get; init; }

    public required string PostId { get; init; }

    public required string ItemId { get; init; }

    public required EngagementKind Kind { get; init; }

    public required DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Time of the last event applied; older events are ignored (deliveries are unordered).</summary>
    public required DateTimeOffset LastEventAt { get; init; }

    public required string LastEventId { get; init; }

    public required EngagementAction LastAction { get; init; }

    public int Score { get; init; }

    public LeadIntent Intent { get; init; }

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public string? Text { get; init; }

    public string? AuthorName { get; init; }

    /// <summary>The author's platform id, kept with the name so a person's data can be found and deleted on request.</summary>
    public string? AuthorId { get; init; }

    public int? Rating { get; init; }

    /// <summary>Set when someone marked the lead handled or not-a-lead; absent while it is open.</summary>
    public LeadResolution? Resolution { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>"email" (a signed link) or "api".</summary>
    public string? ResolvedVia { get; init; }

    /// <summary>Seconds until Cosmos DB deletes the document.</summary>
    public int Ttl { get; init; }
}
