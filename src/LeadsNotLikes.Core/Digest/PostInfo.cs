namespace LeadsNotLikes.Digest;

/// <summary>What the team posted, as far as the platform told us: the start of its text and its content type.</summary>
public sealed record PostInfo(string Platform, string PostId, string? Title, ContentType ContentType, string? Cue);
