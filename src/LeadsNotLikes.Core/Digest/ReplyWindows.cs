using LeadsNotLikes.Events;

namespace LeadsNotLikes.Digest;

/// <summary>
/// How long a platform lets a business answer an engagement the way that turns it into a conversation. Meta allows
/// one private reply (a Messenger or Instagram Direct message) to a comment within 7 days of the comment; other
/// platforms here set no window (reviews can be answered at any time).
/// </summary>
public static class ReplyWindows
{
    public static readonly TimeSpan MetaPrivateReply = TimeSpan.FromDays(7);

    public static TimeSpan? For(string platform, EngagementKind kind) => (platform, kind) switch
    {
        (Platforms.Facebook or Platforms.Instagram, EngagementKind.Comment or EngagementKind.Reply or EngagementKind.Mention) => MetaPrivateReply,
        _ => null,
    };

    /// <summary>When the window for an engagement at <paramref name="occurredAt"/> closes; null without a window.</summary>
    public static DateTimeOffset? Closes(string platform, EngagementKind kind, DateTimeOffset occurredAt) =>
        For(platform, kind) is { } window ? occurredAt + window : null;
}
