using LeadsNotLikes.Events;

namespace LeadsNotLikes.Digest;

/// <summary>Where a team can open a post to answer a lead.</summary>
public static class Links
{
    public static string? ToPost(string platform, string postId) => platform switch
    {
        // Page post ids are "{pageId}_{postId}"; facebook.com resolves them directly.
        Platforms.Facebook => $"https://www.facebook.com/{Uri.EscapeDataString(postId)}",
        _ => null,
    };
}
