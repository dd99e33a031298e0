namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>A held claim on one team's digest for one day; <see cref="ETag"/> guards the release.</summary>
public sealed record DigestClaim(string TeamId, DateOnly Day, string ETag);
