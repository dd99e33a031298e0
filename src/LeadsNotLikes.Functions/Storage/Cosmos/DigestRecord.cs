namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Marks one team's digest for one period (a day or a week) in the <c>engagement</c> container: claimed with a lease while sending,
/// then sent. It is what makes the digest go out once per team per day when the timer fires more than once.
/// </summary>
public sealed record DigestRecord
{
    public const string DocumentType = "digest";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The period's first day.</summary>
    public required string Day { get; init; }

    /// <summary>1 for a daily digest, 7 for a weekly one.</summary>
    public int Days { get; init; } = 1;

    public required bool Sent { get; init; }

    public required DateTimeOffset LeaseUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int Leads { get; init; }

    public int Likes { get; init; }

    public int Ttl { get; init; }
}
