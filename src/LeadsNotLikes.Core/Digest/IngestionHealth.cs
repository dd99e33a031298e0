namespace LeadsNotLikes.Digest;

/// <summary>How well events reached the pipeline over the period: per platform counts, poison messages and expiring tokens.</summary>
public sealed record IngestionHealth
{
    public IReadOnlyList<HealthRow> Platforms { get; init; } = [];

    /// <summary>Messages in the poison queue now; null when unknown.</summary>
    public int? PoisonMessages { get; init; }

    public IReadOnlyList<TokenExpiry> Tokens { get; init; } = [];
}
