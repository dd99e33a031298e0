namespace LeadsNotLikes.Digest;

/// <summary>One platform's (or, with platform "total", every platform's) numbers for a period.</summary>
public sealed record PlatformTotals(string Platform, int Likes, int Comments, int Reviews, int Mentions, int Leads)
{
    public const string Total = "total";

    /// <summary>Leads per 1,000 likes; null when there were no likes.</summary>
    public double? LeadsPer1000Likes => Likes > 0 ? Math.Round(Leads * 1000.0 / Likes, 1) : null;

    public static PlatformTotals Empty(string platform) => new(platform, 0, 0, 0, 0, 0);

    public PlatformTotals Add(PlatformTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Likes = Likes + other.Likes,
            Comments = Comments + other.Comments,
            Reviews = Reviews + other.Reviews,
            Mentions = Mentions + other.Mentions,
            Leads = Leads + other.Leads,
        };
    }
}
