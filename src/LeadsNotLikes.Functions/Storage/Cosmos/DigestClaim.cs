using LeadsNotLikes.Digest;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>A held claim on one team's digest for one period; <see cref="ETag"/> guards the release.</summary>
public sealed record DigestClaim(string TeamId, DigestPeriod Period, string ETag)
{
    public DateOnly Day => Period.Start;
}
