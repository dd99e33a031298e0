namespace LeadsNotLikes.Digest;

/// <summary>
/// One post's counted engagement over a digest period: net likes and reactions, comments and replies, reviews and
/// mentions.
/// </summary>
public sealed record PostActivity(string Platform, string PostId, int Likes, int Comments, int Reviews = 0, int Mentions = 0)
{
    public string Key => PostKey(Platform, PostId);

    public static string PostKey(string platform, string postId) => platform + ":" + postId;
}
