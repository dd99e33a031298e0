namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// One post's counters for one team-local day in the <c>engagement</c> container: a digest reads one small
/// document per active post instead of one per like. <see cref="Ops"/> holds the ids of the events already
/// counted; the increment and the id are written in one conditional patch, so a redelivered event is never
/// counted twice (it is excluded from indexing in Bicep).
/// </summary>
public sealed record PostDayDocument
{
    public const string DocumentType = "postDay";

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Day { get; init; }

    public required string Platform { get; init; }

    public required string PostId { get; init; }

    public int ReactionsAdded { get; init; }

    public int ReactionsRemoved { get; init; }

    public Dictionary<string, int> ByType { get; init; } = [];

    /// <summary>Written engagement: comments, replies, mentions and reviews together.</summary>
    public int Comments { get; init; }

    /// <summary>Of <see cref="Comments"/>, the reviews.</summary>
    public int Reviews { get; init; }

    /// <summary>Of <see cref="Comments"/>, the mentions.</summary>
    public int Mentions { get; init; }

    public Dictionary<string, int> Ops { get; init; } = [];

    /// <summary>For likes read by polling (Instagram): the day's latest like count; the day's likes are its increase over <see cref="LikeBaseline"/>.</summary>
    public int? LikeCount { get; init; }

    /// <summary>For likes read by polling: the like count the day started from.</summary>
    public int? LikeBaseline { get; init; }

    public int Ttl { get; init; }
}
