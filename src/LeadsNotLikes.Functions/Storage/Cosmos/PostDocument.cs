using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// The team's own post (<c>postinfo-…</c> in the <c>engagement</c> container), from a <c>Post</c> event: its text,
/// so the digest can name it, and its content type with the cue that decided it. The business's own words, not a
/// person's: no personal data. Instagram posts also keep their <c>permalink</c>, which the digest links them by.
/// </summary>
public sealed record PostDocument
{
    public const string DocumentType = "post";

    /// <summary>Longest text kept.</summary>
    public const int MaxText = 2000;

    /// <summary>Length of <see cref="Title"/>, which is all a digest reads.</summary>
    public const int TitleLength = 120;

    public required string Id { get; init; }

    public required string TeamId { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Platform { get; init; }

    public required string PostId { get; init; }

    public string? Text { get; init; }

    public string? Title { get; init; }

    public ContentType ContentType { get; init; }

    public string? Cue { get; init; }

    /// <summary>Where the post opens (an Instagram media's <c>permalink</c>, from the like polling); null when the platform gave none.</summary>
    public string? Link { get; init; }

    /// <summary>When the post event applied happened; an older delivery does not overwrite a newer edit.</summary>
    public required DateTimeOffset LastEventAt { get; init; }

    public int Ttl { get; init; }
}
