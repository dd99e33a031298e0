namespace LeadsNotLikes.Digest;

/// <summary>
/// The digest as numbers and rows, in the order it is read: the JSON form, and what the HTML and plain-text
/// renderings show (so both carry the same numbers).
/// </summary>
public sealed record DigestModel
{
    public required string TeamId { get; init; }

    public required string TeamName { get; init; }

    public required string TimeZone { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    /// <summary>"day" or "week".</summary>
    public required string Unit { get; init; }

    public required string PeriodLabel { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required string Insight { get; init; }

    /// <summary>One row per platform with activity in either period, then the total.</summary>
    public required IReadOnlyList<HeadlineRow> Headline { get; init; }

    /// <summary>The most-liked posts, most likes first.</summary>
    public required IReadOnlyList<LedgerRow> MostLiked { get; init; }

    /// <summary>The posts that brought leads, most leads first.</summary>
    public required IReadOnlyList<LedgerRow> LeadPosts { get; init; }

    /// <summary>Posts with activity in the period.</summary>
    public required int PostCount { get; init; }

    public required IReadOnlyList<ContentTypeRow> ContentTypes { get; init; }

    /// <summary>New leads, those whose reply window closes soonest first.</summary>
    public required IReadOnlyList<LeadSummary> Leads { get; init; }

    public required IReadOnlyList<LeadSummary> Unanswered { get; init; }

    public IngestionHealth? Health { get; init; }

    public PlatformTotals Total => Headline[^1].Current;
}
