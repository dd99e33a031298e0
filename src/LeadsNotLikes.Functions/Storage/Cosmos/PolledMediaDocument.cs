namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// What the like polling last saw of one of a team's own media (<c>polled-…</c> in the <c>engagement</c> container):
/// the <see cref="Likes.LikeSnapshot"/> (day, count, the day's baseline) and a hash of the caption stored as the
/// post's text and its permalink, so an unchanged post costs one point read per poll. The business's own post: no personal data.
/// </summary>
public sealed record PolledMediaDocument
{
    public const string DocumentType = "polledMedia";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Platform { get; init; }

    public required string PostId { get; init; }

    public required string Day { get; init; }

    public int Count { get; init; }

    public int DayBaseline { get; init; }

    public string? CaptionHash { get; init; }

    /// <summary>The <c>permalink</c> stored on the post, so a new or changed one is stored once (snapshots written before links were kept have none).</summary>
    public string? Permalink { get; init; }

    public int Ttl { get; init; }
}
