using LeadsNotLikes.Events;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.Tests.Storage.Cosmos;

public sealed class EngagementCountersTests
{
    private static EngagementEvent Event(EngagementKind kind, EngagementAction action, string? reaction = null) => new()
    {
        EventId = "e",
        Platform = "facebook",
        AccountId = "a",
        Kind = kind,
        Action = action,
        PostId = "p",
        ReactionType = reaction,
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(EngagementKind.Reaction, EngagementAction.Added, "love", "/reactionsAdded,/byType/love")]
    [InlineData(EngagementKind.Reaction, EngagementAction.Added, "Ang\"ry/../x", "/reactionsAdded,/byType/angryx")]
    [InlineData(EngagementKind.Reaction, EngagementAction.Removed, "like", "/reactionsRemoved")]
    [InlineData(EngagementKind.Reaction, EngagementAction.Edited, "wow", "")]
    [InlineData(EngagementKind.Comment, EngagementAction.Added, null, "/comments")]
    [InlineData(EngagementKind.Review, EngagementAction.Added, null, "/comments,/reviews")]
    [InlineData(EngagementKind.Mention, EngagementAction.Added, null, "/comments,/mentions")]
    [InlineData(EngagementKind.Post, EngagementAction.Added, null, "")]
    [InlineData(EngagementKind.Comment, EngagementAction.Edited, null, "")]
    [InlineData(EngagementKind.Comment, EngagementAction.Removed, null, "")]
    public void Increments_CountOnlyAddsAndReactionRemovals(EngagementKind kind, EngagementAction action, string? reaction, string expected) =>
        Assert.Equal(expected, string.Join(',', EngagementCounters.Increments(Event(kind, action, reaction))));

    [Fact]
    public void DocumentId_IsPerPostDayAndShard()
    {
        var day = new DateOnly(2026, 11, 21);

        Assert.Equal(EngagementCounters.DocumentId(day, "facebook", "p", 3), EngagementCounters.DocumentId(day, "facebook", "p", 3));
        Assert.NotEqual(EngagementCounters.DocumentId(day, "facebook", "p", 3), EngagementCounters.DocumentId(day.AddDays(1), "facebook", "p", 3));
        Assert.NotEqual(EngagementCounters.DocumentId(day, "facebook", "p", 3), EngagementCounters.DocumentId(day, "facebook", "p", 4));
        Assert.StartsWith("post-2026-11-21-", EngagementCounters.DocumentId(day, "facebook", "p", 0), StringComparison.Ordinal);
    }

    [Fact]
    public void ShardOf_IsStableAndSpreadsEvents()
    {
        var shards = Enumerable.Range(0, 800).Select(i => EngagementCounters.ShardOf(EventIds.From("event", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();

        Assert.Equal(EngagementCounters.ShardOf("0123456789abcdef"), EngagementCounters.ShardOf("0123456789abcdef"));
        Assert.Equal(5, EngagementCounters.ShardOf("0123456789abcdef")); // a fixed value: the hash must never depend on the process
        Assert.All(Enumerable.Range(0, EngagementCounters.Shards), s => Assert.InRange(shards.Count(x => x == s), 60, 140));
    }
}
