using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class EngagementCountersTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 21);
    private CosmosTestDatabase _db = default!;
    private EngagementCounters _counters = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _counters = new EngagementCounters(_db.Client, _db.Options);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static EngagementEvent Reaction(string user, EngagementAction action = EngagementAction.Added, string type = "like", string post = "P1") => new()
    {
        EventId = EventIds.From(post, user, action.ToString(), type),
        Platform = Platforms.Facebook,
        AccountId = "PAGE",
        Kind = EngagementKind.Reaction,
        Action = action,
        PostId = post,
        AuthorId = user,
        ReactionType = type,
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    private static EngagementEvent Comment(string id) => new()
    {
        EventId = EventIds.From(id),
        Platform = Platforms.Facebook,
        AccountId = "PAGE",
        Kind = EngagementKind.Comment,
        Action = EngagementAction.Added,
        PostId = "P1",
        ItemId = id,
        OccurredAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Count_SameReactionDeliveredConcurrentlyAndAgain_CountsOnce()
    {
        var like = Reaction("U1");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _counters.CountAsync("team", Day, like, Cancel)));
        var again = await _counters.CountAsync("team", Day, like, Cancel);

        Assert.Single(results, r => r);
        Assert.False(again);
        Assert.Equal(1, Assert.Single(await _counters.ListAsync("team", Day, Cancel)).Likes);
    }

    [Fact]
    public async Task Count_ManyDistinctReactionsAtOnce_CountsEach()
    {
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => _counters.CountAsync("team", Day, Reaction($"U{i}", type: i % 2 == 0 ? "like" : "love"), Cancel)));

        Assert.Equal(25, Assert.Single(await _counters.ListAsync("team", Day, Cancel)).Likes);
    }

    [Fact]
    public async Task List_LikesAreNetOfRemovals_AndCommentsAreCounted()
    {
        foreach (var e in new[] { Reaction("U1"), Reaction("U2"), Reaction("U3"), Reaction("U2", EngagementAction.Removed), Reaction("U3", EngagementAction.Edited, "wow"), Comment("C1"), Comment("C2"), Comment("C1") })
        {
            await _counters.CountAsync("team", Day, e, Cancel);
        }

        var post = Assert.Single(await _counters.ListAsync("team", Day, Cancel));

        Assert.Equal(("facebook", "P1", 2, 2), (post.Platform, post.PostId, post.Likes, post.Comments));
    }

    [Fact]
    public async Task List_IsPerTeamPostAndDay()
    {
        await _counters.CountAsync("team", Day, Reaction("U1", post: "P1"), Cancel);
        await _counters.CountAsync("team", Day, Reaction("U1", post: "P2"), Cancel);
        await _counters.CountAsync("team", Day.AddDays(1), Reaction("U2", post: "P1"), Cancel);
        await _counters.CountAsync("other-team", Day, Reaction("U3", post: "P1"), Cancel);

        Assert.Equal(["P1", "P2"], (await _counters.ListAsync("team", Day, Cancel)).Select(p => p.PostId).Order());
    }
}
