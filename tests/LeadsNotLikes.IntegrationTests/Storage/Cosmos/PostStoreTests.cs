using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class PostStoreTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private CosmosTestDatabase _db = default!;
    private PostStore _store = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _store = new PostStore(_db.Client, _db.Options);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static EngagementEvent Post(string text, DateTimeOffset at, EngagementAction action = EngagementAction.Added) => new()
    {
        EventId = "post-" + at.ToUnixTimeSeconds(), Platform = Platforms.Facebook, AccountId = "PAGE", Kind = EngagementKind.Post, Action = action,
        PostId = "PAGE_1", Text = text, OccurredAt = at,
    };

    [Fact]
    public async Task Save_KeepsTheNewestText_WhateverOrderDeliveriesArriveIn()
    {
        Assert.True(await _store.SaveAsync("team", Post("Spring offer: 20% off", At.AddHours(1)), Cancel));
        Assert.False(await _store.SaveAsync("team", Post("Sprng ofer", At), Cancel)); // the older version, late
        Assert.False(await _store.SaveAsync("team", Post("Spring offer: 20% off", At.AddHours(1)), Cancel)); // a redelivery
        Assert.False(await _store.SaveAsync("team", Post("", At.AddHours(2), EngagementAction.Removed), Cancel));

        var info = Assert.Single(await _store.ListAsync("team", Cancel));
        Assert.Equal(new PostInfo(Platforms.Facebook, "PAGE_1", "Spring offer: 20% off", ContentType.Offer, "% off"), info);
    }

    [Fact]
    public async Task Save_AnEdit_ReplacesTheTextAndReclassifies()
    {
        await _store.SaveAsync("team", Post("Spring offer: 20% off", At), Cancel);
        await _store.SaveAsync("team", Post("What should our spring menu be? Vote!", At.AddHours(1)), Cancel);

        Assert.Equal(ContentType.Question, Assert.Single(await _store.ListAsync("team", Cancel)).ContentType);
    }
}
