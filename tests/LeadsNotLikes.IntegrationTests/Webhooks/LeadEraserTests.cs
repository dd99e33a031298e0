using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Webhooks;

/// <summary>A Meta data deletion request removes the person's leads from every team, and nobody else's (real Cosmos DB server).</summary>
public sealed class LeadEraserTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly LeadScore Lead = new(90, true, LeadIntent.Price, [new Evidence(0, 8, 60, "price")]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await CosmosTestDatabase.CreateAsync(services.Services);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static EngagementEvent Comment(string platform, string account, string item, string author) => new()
    {
        EventId = EventIds.From(platform, item),
        Platform = platform,
        AccountId = account,
        Kind = EngagementKind.Comment,
        Action = EngagementAction.Added,
        PostId = "P",
        ItemId = item,
        AuthorId = author,
        AuthorName = "Someone",
        Text = "How much for 4?",
        OccurredAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Erase_DeletesThePersonsLeadsInEveryTeam_AndKeepsOthers()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var directory = new TeamDirectory(_db.Client, _db.Options, cache, _time);
        var leads = new LeadStore(_db.Client, _db.Options, _time);
        var a = new Team { Id = "erase-a", Name = "A", Recipients = ["a@example.test"], Accounts = [new TeamAccount(Platforms.Facebook, "PA")] };
        var b = new Team { Id = "erase-b", Name = "B", Recipients = ["b@example.test"], Accounts = [new TeamAccount(Platforms.Instagram, "IB")] };
        await directory.PutAsync(a, Cancel);
        await directory.PutAsync(b, Cancel);
        await leads.ApplyAsync(a, Comment(Platforms.Facebook, "PA", "c1", "person-1"), Lead, Cancel);
        await leads.ApplyAsync(a, Comment(Platforms.Facebook, "PA", "c2", "person-2"), Lead, Cancel);
        await leads.ApplyAsync(b, Comment(Platforms.Instagram, "IB", "c3", "person-1"), Lead, Cancel);

        var deleted = await new LeadEraser(directory, leads).EraseAsync("person-1", Cancel);

        Assert.Equal(2, deleted);
        var day = new DateOnly(2026, 11, 23);
        Assert.Equal("c2", Assert.Single(await leads.ListActiveAsync(a.Id, day, Cancel)).ItemId);
        Assert.Empty(await leads.ListActiveAsync(b.Id, day, Cancel));
    }
}
