using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Leads;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Digest;

/// <summary>What the digest reads from the local Cosmos DB server: named posts, per-platform and per-type numbers, the previous period, and marked leads.</summary>
public sealed class DigestReportTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 21);
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 7, 5, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private TeamDirectory _directory = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly Team _team = new()
    {
        Id = "report",
        Name = "Report",
        TimeZone = "Europe/Berlin",
        Recipients = ["r@example.test"],
        Accounts = [new TeamAccount("facebook", "PAGE"), new TeamAccount("instagram", "IG")],
    };

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _directory = new TeamDirectory(_db.Client, _db.Options, new MemoryCache(new MemoryCacheOptions()), _time);
        await _directory.PutAsync(_team, Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private LeadStore Leads => new(_db.Client, _db.Options, _time);

    private static EngagementEvent Event(string id, EngagementKind kind, string platform, string postId, DateTimeOffset at, string? text = null) => new()
    {
        EventId = id, Platform = platform, AccountId = platform == "facebook" ? "PAGE" : "IG", Kind = kind, Action = EngagementAction.Added,
        PostId = postId, ItemId = kind is EngagementKind.Reaction or EngagementKind.Post ? null : postId + "_" + id, ReactionType = kind == EngagementKind.Reaction ? "like" : null,
        Text = text, AuthorName = kind == EngagementKind.Post ? null : "Ana " + id, OccurredAt = at,
    };

    private async Task SeedAsync()
    {
        var posts = new PostStore(_db.Client, _db.Options);
        var counters = new EngagementCounters(_db.Client, _db.Options);
        await posts.SaveAsync(_team.Id, Event("p1", EngagementKind.Post, "facebook", "PAGE_1", Noon.AddDays(-3), "20% off all boiler services this week"), Cancel);
        await posts.SaveAsync(_team.Id, Event("p2", EngagementKind.Post, "instagram", "IG_2", Noon.AddDays(-3), "Which colour should our new van be? Vote below"), Cancel);
        for (var i = 0; i < 30; i++)
        {
            await counters.CountAsync(_team.Id, Day, Event($"r{i}", EngagementKind.Reaction, "facebook", "PAGE_1", Noon), Cancel);
        }

        await counters.CountAsync(_team.Id, Day, Event("r0", EngagementKind.Reaction, "facebook", "PAGE_1", Noon), Cancel); // a redelivery
        for (var i = 0; i < 4; i++)
        {
            await counters.CountAsync(_team.Id, Day, Event($"ir{i}", EngagementKind.Reaction, "instagram", "IG_2", Noon), Cancel);
        }

        var lead = Event("c1", EngagementKind.Comment, "instagram", "IG_2", Noon, "How much to paint ours like that?");
        await counters.CountAsync(_team.Id, Day, lead, Cancel);
        await Leads.ApplyAsync(_team, lead, new LeadScore(82, true, LeadIntent.Price, [new Evidence(0, 8, 60, "price")]), Cancel);
        await counters.CountAsync(_team.Id, Day, Event("c2", EngagementKind.Comment, "facebook", "PAGE_1", Noon, "Nice!"), Cancel);
        await counters.CountAsync(_team.Id, Day, Event("m1", EngagementKind.Mention, "instagram", "IG_2", Noon, "@acme look"), Cancel);

        // The day before: 10 facebook likes, summarized once.
        for (var i = 0; i < 10; i++)
        {
            await counters.CountAsync(_team.Id, Day.AddDays(-1), Event($"y{i}", EngagementKind.Reaction, "facebook", "PAGE_1", Noon.AddDays(-1)), Cancel);
        }

        // An older lead nobody answered.
        var old = Event("c0", EngagementKind.Comment, "facebook", "PAGE_1", Noon.AddDays(-3), "Do you service Vaillant boilers?");
        await Leads.ApplyAsync(_team, old, new LeadScore(70, true, LeadIntent.Availability, []), Cancel);
    }

    [Fact]
    public async Task Build_NamesPostsByText_AndCountsPerPlatformTypeAndPreviousDay()
    {
        await SeedAsync();

        var model = DigestBuilder.Build(await DigestRunnerTests.CreateRunner(_db, _directory, _time, services.Services.Ports.Smtp, services.Queues).BuildReportAsync(_team, Day, Cancel));

        var facebook = model.Headline.Single(h => h.Platform == "facebook");
        var instagram = model.Headline.Single(h => h.Platform == "instagram");
        Assert.Equal(new PlatformTotals("facebook", 30, 1, 0, 0, 0), facebook.Current);
        Assert.Equal(new PlatformTotals("facebook", 10, 0, 0, 0, 0), facebook.Previous);
        Assert.Equal(new PlatformTotals("instagram", 4, 1, 0, 1, 1), instagram.Current);
        Assert.Equal(new PlatformTotals("total", 34, 2, 0, 1, 1), model.Total);
        Assert.Equal("20% off all boiler services this week", model.MostLiked[0].Name);
        Assert.True(model.MostLiked[0].ManyLikesNoLeads);
        Assert.Equal("Which colour should our new van be? Vote below", Assert.Single(model.LeadPosts).Name);
        Assert.Equal(new ContentTypeTotals(ContentType.Offer, 1, 30, 0), model.ContentTypes.Single(t => t.Type == ContentType.Offer).Period);
        Assert.Equal(new ContentTypeTotals(ContentType.Offer, 2, 40, 1), model.ContentTypes.Single(t => t.Type == ContentType.Offer).FourWeeks); // the older, unanswered lead
        Assert.Equal(new ContentTypeTotals(ContentType.Question, 1, 4, 1), model.ContentTypes.Single(t => t.Type == ContentType.Question).FourWeeks);
        var lead = Assert.Single(model.Leads);
        Assert.Equal("Ana c1", lead.AuthorName);
        Assert.Equal(Noon.AddDays(7), lead.ReplyBy);
        Assert.StartsWith("https://app.example/api/leads/report/lead-", lead.HandledLink, StringComparison.Ordinal);
        Assert.Equal("Do you service Vaillant boilers?", Assert.Single(model.Unanswered).Text);
        Assert.Equal(0, model.Health!.PoisonMessages);
    }

    [Fact]
    public async Task MarkLink_PostedFromTheEmail_ClosesTheLead_AndNotALeadIsExportedAsFeedback()
    {
        await SeedAsync();
        var runner = DigestRunnerTests.CreateRunner(_db, _directory, _time, services.Services.Ports.Smtp, services.Queues);
        var links = new DigestLinks(DigestRunnerTests.DigestSettings, new ConfigurationBuilder().Build());
        var function = new LeadActionFunction(links, Leads, _time, NullLogger<LeadActionFunction>.Instance);
        var unanswered = Assert.Single((await runner.BuildReportAsync(_team, Day, Cancel)).Unanswered);

        var result = await function.RunAsync(Request("POST", unanswered.NotALeadLink!), _team.Id, unanswered.Id, "not-a-lead", Cancel);
        var again = await function.RunAsync(Request("POST", unanswered.NotALeadLink!), _team.Id, unanswered.Id, "not-a-lead", Cancel);

        Assert.Equal(200, Status(result));
        Assert.Equal(200, Status(again));
        Assert.Empty((await runner.BuildReportAsync(_team, Day, Cancel)).Unanswered);
        var feedback = Assert.Single(await Leads.ListNotALeadAsync(_team.Id, Day.AddDays(-30), Cancel));
        Assert.Equal("email", feedback.ResolvedVia);
        Assert.Equal("Do you service Vaillant boilers?", feedback.Text);
    }

    private static HttpRequest Request(string method, string url)
    {
        var uri = new Uri(url);
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        context.Request.Query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query));
        return context.Request;
    }

    private static int? Status(IResult result) => (result as IStatusCodeHttpResult)?.StatusCode;
}
