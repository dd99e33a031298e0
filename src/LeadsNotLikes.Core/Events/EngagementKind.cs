namespace LeadsNotLikes.Events;

/// <summary>What a person did on a platform.</summary>
public enum EngagementKind
{
    Comment,
    Reply,
    Reaction,
    Mention,
    Review,
}
