using System.Collections.Concurrent;
using LeadsNotLikes.PlatformApis;

namespace LeadsNotLikes.Tests.Likes;

/// <summary>Keeps every token state a platform client reports.</summary>
public sealed class RecordingTokens : ITokenHealth
{
    public ConcurrentQueue<(string Platform, string AccountId, DateTimeOffset ExpiresAt)> Reported { get; } = new();

    public void RecordTokenExpiry(string platform, string accountId, DateTimeOffset expiresAt) => Reported.Enqueue((platform, accountId, expiresAt));
}
