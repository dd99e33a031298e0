namespace LeadsNotLikes.Digest;

/// <summary>Posts of one content type, with the likes and leads they earned, over some days.</summary>
public sealed record ContentTypeTotals(ContentType Type, int Posts, int Likes, int Leads);
