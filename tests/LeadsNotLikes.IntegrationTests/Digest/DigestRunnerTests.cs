using Microsoft.Extensions.Time.Testing;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.IntegrationTests.Digest;

public sealed class DigestRunnerTests(ServicesFixture services) : IAsyncLifetime
{
    // 08:05 in Berlin on 22 Nov: a team with digest hour 8 is due for the 21st.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 7, 5, 0, TimeSpan.Zero));
    private readonly string _recipient = $"{Guid.NewGuid():N}@example.test";
    private CosmosTestDatabase _db = default!;
    private TeamDirectory _directory = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _directory = new TeamDirectory(_db.Client, _db.Options, new MemoryCache(new MemoryCacheOptions()), _time);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    internal static readonly IOptions<DigestOptions> DigestSettings =
        Options.Create(new DigestOptions { LinkSecret = "integration-test-link-secret-0123456789", PublicBaseUrl = "https://app.example/" });

    internal static DigestRunner CreateRunner(CosmosTestDatabase db, TeamDirectory directory, TimeProvider time, int smtpPort, Azure.Storage.Queues.QueueServiceClient queues) => new(
        directory,
        new EngagementCounters(db.Client, db.Options),
        new LeadStore(db.Client, db.Options, time),
        new PostStore(db.Client, db.Options),
        new DaySummaryStore(db.Client, db.Options, time),
        new DigestLog(db.Client, db.Options, time),
        new DigestSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, EnableSsl = false, From = "digest@leadsnotlikes.example" }), TimeProvider.System),
        new DigestLinks(DigestSettings, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()),
        new IngestionHealthCounters(db.Client, db.Options, time),
        new PoisonQueueDepth(queues),
        DigestSettings,
        time,
        NullLogger<DigestRunner>.Instance);

    private DigestRunner Runner(int? smtpPort = null) => CreateRunner(_db, _directory, _time, smtpPort ?? services.Services.Ports.Smtp, services.Queues);

    private Team Team(string id, int digestHour = 8) => new()
    {
        Id = id,
        Name = "Runner " + id,
        TimeZone = "Europe/Berlin",
        DigestHour = digestHour,
        Recipients = [_recipient],
        Accounts = [new TeamAccount("facebook", "PAGE-" + id)],
    };

    private async Task SeedYesterdayAsync(Team team)
    {
        var counters = new EngagementCounters(_db.Client, _db.Options);
        var leads = new LeadStore(_db.Client, _db.Options, _time);
        var day = new DateOnly(2026, 11, 21);
        var noon = new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await counters.CountAsync(team.Id, day, new EngagementEvent
            {
                EventId = $"r{i}", Platform = "facebook", AccountId = "PAGE", Kind = EngagementKind.Reaction, Action = EngagementAction.Added,
                PostId = "PHOTO", ReactionType = "like", OccurredAt = noon,
            }, Cancel);
        }

        var lead = new EngagementEvent
        {
            EventId = "c1", Platform = "facebook", AccountId = "PAGE", Kind = EngagementKind.Comment, Action = EngagementAction.Added,
            PostId = "PRICES", ItemId = "C1", Text = "How much is delivery?", OccurredAt = noon,
        };
        await counters.CountAsync(team.Id, day, lead, Cancel);
        await leads.ApplyAsync(team, lead, new LeadScore(88, true, LeadIntent.Price, [new Evidence(0, 8, 60, "price")]), Cancel);
    }

    [Fact]
    public async Task Run_DueTeam_SendsYesterdaysNumbersOnce_EvenWhenTheTimerFiresTwice()
    {
        var team = Team("due");
        await _directory.PutAsync(team, Cancel);
        await SeedYesterdayAsync(team);

        var first = await Runner().RunAsync(Cancel);
        _time.Advance(TimeSpan.FromMinutes(15));
        var second = await Runner().RunAsync(Cancel);

        Assert.Equal(new DigestRun(1, 0, 0), first);
        Assert.Equal(new DigestRun(0, 1, 0), second);
        var email = Assert.Single(await ServicesFixture.InboxForAsync(services.Services, _recipient));
        Assert.Equal("Runner due: 1 lead vs 5 likes, Sat 21 Nov 2026", email["subject"]!.GetValue<string>());
        Assert.Contains("How much</mark> is delivery?", email["html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BeforeTheTeamsLocalHour_SendsNothing()
    {
        await _directory.PutAsync(Team("later", digestHour: 9), Cancel);

        Assert.Equal(new DigestRun(0, 1, 0), await Runner().RunAsync(Cancel));
        Assert.Empty(await ServicesFixture.InboxForAsync(services.Services, _recipient));
    }

    [Fact]
    public async Task Run_OneTeamFails_TheOthersStillGetTheirDigest()
    {
        // A team whose stored time zone no longer resolves (stored before validation, or removed from tzdata).
        await _directory.PutAsync(Team("broken") with { TimeZone = "Mars/Olympus_Mons" }, Cancel);
        foreach (var id in new[] { "ok-1", "ok-2", "ok-3", "ok-4", "ok-5" })
        {
            await _directory.PutAsync(Team(id), Cancel);
        }

        var run = await Runner().RunAsync(Cancel);

        Assert.Equal(new DigestRun(5, 0, 1), run);
        Assert.Equal(5, (await ServicesFixture.InboxForAsync(services.Services, _recipient)).Count);
    }

    [Fact]
    public async Task Run_SmtpDown_ReportsFailure_AndTheNextRunSends()
    {
        await _directory.PutAsync(Team("retry"), Cancel);

        var failed = await Runner(smtpPort: 1).RunAsync(Cancel);
        var retried = await Runner().RunAsync(Cancel);

        Assert.Equal(1, failed.Failed);
        Assert.Equal(1, retried.Sent);
        Assert.Contains("0 leads vs 0 likes", Assert.Single(await ServicesFixture.InboxForAsync(services.Services, _recipient))["subject"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ADayThatFailedOnItsDay_IsSentLateNotSkipped()
    {
        var team = Team("late");
        await _directory.PutAsync(team, Cancel);
        var log = new DigestLog(_db.Client, _db.Options, _time);
        var earlier = await log.TryClaimAsync(team.Id, new DateOnly(2026, 11, 19), DigestRunner.Lease, Cancel);
        await log.MarkSentAsync(earlier!, 0, 0, Cancel); // the 19th went out; the 20th never did (say SMTP was down all day)

        var run = await Runner().RunAsync(Cancel);
        var again = await Runner().RunAsync(Cancel);

        Assert.Equal(2, run.Sent);
        Assert.Equal(0, again.Sent);
        var subjects = (await ServicesFixture.InboxForAsync(services.Services, _recipient)).Select(m => m["subject"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["Runner late: 0 leads vs 0 likes, Fri 20 Nov 2026", "Runner late: 0 leads vs 0 likes, Sat 21 Nov 2026"], subjects);
    }

    [Fact]
    public async Task Run_WeeklyTeam_SendsItsWeekOnce_OnItsDay()
    {
        // Monday 23 Nov 2026, 08:05 in Berlin.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 7, 5, 0, TimeSpan.Zero));
        var team = Team("weekly") with { Cadence = DigestCadence.Weekly, WeeklyOn = DayOfWeek.Monday };
        await _directory.PutAsync(team, Cancel);
        await SeedYesterdayAsync(team); // Saturday the 21st: inside the week of 16–22 Nov

        var first = await Runner().RunAsync(Cancel);
        _time.Advance(TimeSpan.FromHours(1));
        var second = await Runner().RunAsync(Cancel);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        var email = Assert.Single(await ServicesFixture.InboxForAsync(services.Services, _recipient));
        Assert.Equal("Runner weekly: 1 lead vs 5 likes, Mon 16 Nov – Sun 22 Nov 2026", email["subject"]!.GetValue<string>());
    }
}
