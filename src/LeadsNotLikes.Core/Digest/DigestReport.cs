namespace LeadsNotLikes.Digest;

/// <summary>Everything read from storage for one team's digest of one period; <see cref="DigestBuilder"/> makes it a <see cref="DigestModel"/>.</summary>
public sealed record DigestReport
{
    public string TeamId { get; init; } = "";

    public required string TeamName { get; init; }

    public required DigestPeriod Period { get; init; }

    public required string TimeZone { get; init; }

    /// <summary>When the digest is compiled: reply-window time left is counted from here.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Each post's counts over the period.</summary>
    public IReadOnlyList<PostActivity> Posts { get; init; } = [];

    /// <summary>Per-platform totals of the previous period (same length).</summary>
    public IReadOnlyList<PlatformTotals> Previous { get; init; } = [];

    /// <summary>Text and content type of the posts, where known.</summary>
    public IReadOnlyList<PostInfo> PostInfos { get; init; } = [];

    /// <summary>Leads first seen in the period (not-a-lead ones excluded).</summary>
    public IReadOnlyList<LeadSummary> Leads { get; init; } = [];

    /// <summary>Open leads from before the period nobody marked handled.</summary>
    public IReadOnlyList<LeadSummary> Unanswered { get; init; } = [];

    /// <summary>Likes and leads by content type over the four weeks ending with the period.</summary>
    public IReadOnlyList<ContentTypeTotals> FourWeeks { get; init; } = [];

    public IngestionHealth? Health { get; init; }

    public int TotalLikes => Posts.Sum(p => p.Likes);

    public int TotalLeads => Leads.Count;
}
