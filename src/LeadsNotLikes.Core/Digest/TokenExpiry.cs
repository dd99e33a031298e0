namespace LeadsNotLikes.Digest;

/// <summary>A platform access token that expires, and when.</summary>
public sealed record TokenExpiry(string Platform, string AccountId, DateTimeOffset ExpiresAt);
