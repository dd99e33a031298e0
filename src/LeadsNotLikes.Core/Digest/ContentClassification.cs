namespace LeadsNotLikes.Digest;

/// <summary>A post's content type and the words that decided it (null when nothing matched).</summary>
public sealed record ContentClassification(ContentType Type, string? Cue);
