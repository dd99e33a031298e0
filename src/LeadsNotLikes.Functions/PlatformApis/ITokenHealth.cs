namespace LeadsNotLikes.PlatformApis;

/// <summary>
/// Where platform clients report an access token's state for the digest's health section (implemented by
/// <see cref="Storage.Cosmos.IngestionHealthCounters"/>). A token the platform refused is reported as expiring at
/// the moment of refusal, so the next digest tells the team to renew it.
/// </summary>
public interface ITokenHealth
{
    /// <summary>Records when <paramref name="platform"/>'s token for <paramref name="accountId"/> expires (or expired). No I/O.</summary>
    void RecordTokenExpiry(string platform, string accountId, DateTimeOffset expiresAt);
}
