using LeadsNotLikes.Events;

namespace LeadsNotLikes.Digest;

/// <summary>Where a team can open a post, or the comment itself, to answer a lead.</summary>
public static class Links
{
    public static string? ToPost(string platform, string postId) => platform switch
    {
        // Page post ids are "{pageId}_{postId}"; facebook.com resolves them directly.
        Platforms.Facebook => $"https://www.facebook.com/{Uri.EscapeDataString(postId)}",
        _ => null,
    };

    /// <summary>The comment or reply itself where the platform has a link for it, else its post.</summary>
    public static string? ToItem(string platform, string postId, string? itemId)
    {
        if (platform == Platforms.Facebook && !string.IsNullOrEmpty(itemId) && itemId != postId)
        {
            // Comment ids are "{postId}_{commentId}"; ?comment_id= opens the post scrolled to that comment.
            var commentId = itemId.Contains('_', StringComparison.Ordinal) ? itemId[(itemId.LastIndexOf('_') + 1)..] : itemId;
            return $"{ToPost(platform, postId)}?comment_id={Uri.EscapeDataString(commentId)}";
        }

        return ToPost(platform, postId);
    }
}
