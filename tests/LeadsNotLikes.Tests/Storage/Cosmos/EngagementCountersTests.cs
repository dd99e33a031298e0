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
    [InlineData(EngagementKind.Review, EngagementAction.Added, null, "/comments")]
    [InlineData(EngagementKind.Comment, EngagementAction.Edited, null, "")]
    [InlineData(EngagementKind.Comment, EngagementAction.Removed, null, "")]
    public void Increments_CountOnlyAddsAndReactionRemovals(EngagementKind kind, EngagementAction action, string? reaction, string expected) =>
        Assert.Equal(expected, string.Join(',', EngagementCounters.Increments(Event(kind, action, reaction))));

    [Fact]
    public void DocumentId_IsPerPostAndDay()
    {
        var day = new DateOnly(2026, 11, 21);

        Assert.Equal(EngagementCounters.DocumentId(day, "facebook", "p"), EngagementCounters.DocumentId(day, "facebook", "p"));
        Assert.NotEqual(EngagementCounters.DocumentId(day, "facebook", "p"), EngagementCounters.DocumentId(day.AddDays(1), "facebook", "p"));
        Assert.StartsWith("post-2026-11-21-", EngagementCounters.DocumentId(day, "facebook", "p"), StringComparison.Ordinal);
    }
}
