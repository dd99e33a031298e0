namespace LeadsNotLikes.Digest;

/// <summary>What kind of content a post is, which the digest sets against the likes and leads it earned.</summary>
public enum ContentType
{
    /// <summary>No text, or no cue found.</summary>
    Other,

    /// <summary>A question or poll to the audience.</summary>
    Question,

    /// <summary>An offer or promotion: price, discount, booking open.</summary>
    Offer,

    /// <summary>Proof: reviews, results, before/after, case studies.</summary>
    Proof,

    /// <summary>Expertise and advice: tips, how-tos, mistakes to avoid.</summary>
    Expertise,

    /// <summary>Personal or milestone news: anniversaries, team, thanks.</summary>
    Personal,
}
