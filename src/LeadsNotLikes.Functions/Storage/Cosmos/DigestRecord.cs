namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Marks one team's digest for one day in the <c>engagement</c> container: claimed with a lease while sending,
/// then sent. It is what makes the digest go out once per team per day when the timer fires more than once.
/// </summary>
public sealed record DigestRecord
{
    public const string DocumentType = "digest";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Day { get; init; }

    public required bool Sent { get; init; }

    public required DateTimeOffset LeaseUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public int Leads { get; init; }

    public int Likes { get; init; }

    public int Ttl { get; init; }
}
