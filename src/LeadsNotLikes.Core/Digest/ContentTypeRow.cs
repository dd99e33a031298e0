namespace LeadsNotLikes.Digest;

/// <summary>A content type's likes and leads in the digest's period and over the last four weeks (to the period's end).</summary>
public sealed record ContentTypeRow(ContentType Type, ContentTypeTotals Period, ContentTypeTotals FourWeeks)
{
    /// <summary>Leads per 1,000 likes over the four weeks; null without likes.</summary>
    public double? FourWeekLeadsPer1000Likes => FourWeeks.Likes > 0 ? Math.Round(FourWeeks.Leads * 1000.0 / FourWeeks.Likes, 1) : null;
}
