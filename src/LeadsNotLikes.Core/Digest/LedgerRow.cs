namespace LeadsNotLikes.Digest;

/// <summary>One post in the digest's ledger: named by its text where known, with what it earned.</summary>
public sealed record LedgerRow
{
    public required string Platform { get; init; }

    public required string PostId { get; init; }

    /// <summary>The first words of the post's text, or a short id when no text is known.</summary>
    public required string Name { get; init; }

    /// <summary>True when <see cref="Name"/> comes from the post's text.</summary>
    public required bool Named { get; init; }

    public string? Link { get; init; }

    public required ContentType ContentType { get; init; }

    public required int Likes { get; init; }

    public required int Comments { get; init; }

    public required int Leads { get; init; }

    /// <summary>Among the period's most-liked posts (top quarter, at least <see cref="DigestBuilder.ManyLikes"/>) and no leads.</summary>
    public required bool ManyLikesNoLeads { get; init; }
}
