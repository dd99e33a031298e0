namespace LeadsNotLikes.Digest;

/// <summary>One post's counted engagement on the digest day: net likes and reactions, and written engagement.</summary>
public sealed record PostActivity(string Platform, string PostId, int Likes, int Comments);
