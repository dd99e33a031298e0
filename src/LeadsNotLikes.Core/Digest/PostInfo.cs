namespace LeadsNotLikes.Digest;

/// <summary>
/// What the team posted, as far as the platform told us: the start of its text, its content type, and where it can
/// be opened when the platform gave a link (an Instagram media's <c>permalink</c>, stored by the like polling).
/// </summary>
public sealed record PostInfo(string Platform, string PostId, string? Title, ContentType ContentType, string? Cue, string? Link = null);
