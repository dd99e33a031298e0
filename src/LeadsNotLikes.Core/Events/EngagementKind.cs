namespace LeadsNotLikes.Events;

/// <summary>What a person did on a platform.</summary>
public enum EngagementKind
{
    Comment,
    Reply,
    Reaction,
    Mention,
    Review,

    /// <summary>
    /// The business published or edited a post: <see cref="EngagementEvent.Text"/> is its text or caption. Names the
    /// post in the digest; it is neither counted as engagement nor scored.
    /// </summary>
    Post,
}
