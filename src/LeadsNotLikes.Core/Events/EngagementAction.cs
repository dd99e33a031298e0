namespace LeadsNotLikes.Events;

/// <summary>Whether the engagement was created, changed or taken back.</summary>
public enum EngagementAction
{
    Added,
    Edited,
    Removed,
}
