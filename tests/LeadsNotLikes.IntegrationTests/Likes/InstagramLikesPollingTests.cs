using System.Security.Cryptography;
using System.Text;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Digest;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Likes;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Tests.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Likes;

/// <summary>
/// The like poller end to end against the local Cosmos DB server: the app's Graph client reads a local fake of the
/// Graph API, <see cref="PolledLikesStore"/> records the snapshots, and the digest reads them as Instagram likes.
/// </summary>
public sealed class InstagramLikesPollingTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 21);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 9, 50, 0, TimeSpan.Zero)); // 10:50 in Berlin
    private CosmosTestDatabase _db = default!;
    private FakeGraph _graph = default!;
    private ServiceProvider _clients = default!;
    private TeamDirectory _directory = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly Team _team = new()
    {
        Id = "likes",
        Name = "Likes",
        TimeZone = "Europe/Berlin",
        Recipients = ["likes@example.test"],
        Accounts = [new TeamAccount("instagram", "IG")],
    };

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _directory = new TeamDirectory(_db.Client, _db.Options, new MemoryCache(new MemoryCacheOptions()), _time);
        await _directory.PutAsync(_team, Cancel);
        _graph = await FakeGraph.StartAsync();
        _clients = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .Configure<InstagramOptions>(o =>
            {
                o.GraphBaseUrl = _graph.BaseUri.AbsoluteUri;
                o.GraphApiVersion = FakeGraph.Version;
                o.AccessTokens["IG"] = FakeGraph.Token("IG");
            })
            .AddPlatformClients()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        await _graph.DisposeAsync();
        await _db.DisposeAsync();
    }

    private InstagramLikesPoller Poller(IngestionHealthCounters? health = null) => new(
        _clients.GetRequiredService<InstagramGraphClient>(),
        new PolledLikesStore(_db.Client, _db.Options, new PostStore(_db.Client, _db.Options)),
        health ?? new IngestionHealthCounters(_db.Client, _db.Options, _time),
        _clients.GetRequiredService<IOptions<InstagramOptions>>(),
        _time,
        NullLogger<InstagramLikesPoller>.Instance);

    private void Media(int newPostLikes, int oldPostLikes) => _graph.Accounts["IG"] =
    [
        new("NEW", newPostLikes, _time.GetUtcNow().UtcDateTime.Date.AddHours(7), "Fresh sourdough every Saturday, pre-order now"),
        new("OLD", oldPostLikes, new DateTime(2026, 11, 9, 8, 0, 0, DateTimeKind.Utc), "Meet our new baker"),
    ];

    private async Task<Dictionary<string, int>> LikesAsync(DateOnly day) =>
        (await new EngagementCounters(_db.Client, _db.Options).ListAsync(_team.Id, day, Cancel)).ToDictionary(p => p.PostId, p => p.Likes);

    [Fact]
    public async Task PollingTwice_RecordsTheSameLikes_AndTheDigestShowsThemAsInstagramLikes()
    {
        var poller = Poller();
        Media(newPostLikes: 12, oldPostLikes: 300);

        await poller.PollAsync([_team], Cancel);
        await poller.PollAsync([_team], Cancel);
        var first = await LikesAsync(Day);

        _time.Advance(TimeSpan.FromHours(3));
        Media(newPostLikes: 15, oldPostLikes: 305);
        await poller.PollAsync([_team], Cancel);
        await poller.PollAsync([_team], Cancel);
        var later = await LikesAsync(Day);

        _time.Advance(TimeSpan.FromDays(1));
        Media(newPostLikes: 16, oldPostLikes: 305);
        await poller.PollAsync([_team], Cancel);
        var nextDay = await LikesAsync(Day.AddDays(1));

        // The new post counts its whole count; the old one, first seen with 300, only what came after.
        Assert.Equal(new Dictionary<string, int> { ["NEW"] = 12, ["OLD"] = 0 }, first);
        Assert.Equal(new Dictionary<string, int> { ["NEW"] = 15, ["OLD"] = 5 }, later);
        Assert.Equal(new Dictionary<string, int> { ["NEW"] = 1, ["OLD"] = 0 }, nextDay);
        Assert.Equal(later, await LikesAsync(Day)); // the next day's poll left the day before alone

        var report = await DigestRunnerTests.CreateRunner(_db, _directory, _time, services.Services.Ports.Smtp, services.Queues).BuildReportAsync(_team, Day, Cancel);
        var model = DigestBuilder.Build(report);
        Assert.Equal(20, model.Headline.Single(h => h.Platform == "instagram").Current.Likes);
        Assert.Equal(20, model.Total.Likes);
        Assert.Equal("Fresh sourdough every Saturday, pre-order now", model.MostLiked[0].Name);
        Assert.Equal("https://www.instagram.com/p/NEW/", model.MostLiked[0].Link); // the media's permalink, stored on the post by the poll
    }

    [Fact]
    public async Task Polling_APostStoredBeforeLinksWereKept_GetsItsPermalink_WithoutCountingAgain()
    {
        const string caption = "Meet our new baker";
        var posts = new PostStore(_db.Client, _db.Options);
        var container = _db.Client.GetContainer(_db.Options.Value.Database, CosmosContainers.Engagement);
        await posts.SaveAsync(_team.Id, new EngagementEvent
        {
            EventId = "old-post", Platform = "instagram", AccountId = "", Kind = EngagementKind.Post,
            Action = EngagementAction.Added, PostId = "OLD", Text = caption, OccurredAt = _time.GetUtcNow().AddDays(-1),
        }, Cancel);
        await container.CreateItemAsync(new PolledMediaDocument
        {
            Id = PolledLikesStore.SnapshotId("instagram", "OLD"), TeamId = _team.Id, Platform = "instagram", PostId = "OLD", Day = "2026-11-21", Count = 300, DayBaseline = 300,
            CaptionHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(caption))[..16]),
        }, new PartitionKey(_team.Id), cancellationToken: Cancel);
        _graph.Accounts["IG"] = [new("OLD", 300, new DateTime(2026, 11, 9, 8, 0, 0, DateTimeKind.Utc), caption)];

        await Poller().PollAsync([_team], Cancel);

        var info = Assert.Single(await posts.ListAsync(_team.Id, Cancel));
        Assert.Equal(("Meet our new baker", "https://www.instagram.com/p/OLD/"), (info.Title, info.Link));
        Assert.Equal(0, (await LikesAsync(Day))["OLD"]);
    }

    [Fact]
    public async Task ATokenGraphRefuses_IsShownInTheNextDigest_AsOneToRenew()
    {
        var health = new IngestionHealthCounters(_db.Client, _db.Options, _time);
        _graph.Script("IG", new FakeGraph.Answer(400, FakeGraph.Error(190, subcode: 463)));

        var run = await Poller(health).PollAsync([_team], Cancel);
        await health.FlushAsync(Cancel);
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, run.Failed);
        var model = DigestBuilder.Build(await DigestRunnerTests.CreateRunner(_db, _directory, _time, services.Services.Ports.Smtp, services.Queues).BuildReportAsync(_team, Day, Cancel));
        var token = Assert.Single(model.Health!.Tokens);
        Assert.Equal(("instagram", "IG"), (token.Platform, token.AccountId));
        Assert.Contains("Token for instagram IG: expired or refused since 2026-11-21 09:50 UTC; renew it", DigestText.Render(model), StringComparison.Ordinal);
    }
}
