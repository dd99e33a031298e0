using LeadsNotLikes.Likes;
using LeadsNotLikes.PlatformApis;
using LeadsNotLikes.PlatformApis.Instagram;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Tests.PlatformApis.Instagram;
using LeadsNotLikes.Webhooks.Instagram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.Tests.Likes;

/// <summary>
/// The like poller with the app's Graph client and resilience pipeline against a local fake of the Graph API
/// (<see cref="FakeGraph"/>). The pipeline waits on the real clock with short delays; the poller's "now" (window,
/// day, pauses) is a <see cref="FakeTimeProvider"/>. Assertions are on requests the fake received and what was recorded.
/// </summary>
public sealed class InstagramLikesPollerTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));
    private readonly RecordingLikes _recorded = new();
    private readonly RecordingTokens _tokens = new();
    private FakeGraph _graph = default!;
    private ServiceProvider _services = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Team Bakery = new()
    {
        Id = "bakery",
        Name = "Bakery",
        TimeZone = "Europe/Berlin",
        Accounts = [new TeamAccount("facebook", "PAGE"), new TeamAccount("instagram", "A"), new TeamAccount("instagram", "B")],
    };

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        foreach (var account in new[] { "A", "B", "C" })
        {
            _graph.Accounts[account] = [new($"{account}1", 10, Now.AddHours(-3), "Sourdough is back"), new($"{account}2", 20, Now.AddDays(-2))];
        }

        _services = Services(tokens: ["A", "B"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private ServiceProvider Services(string[] tokens, Action<GraphResilienceOptions>? resilience = null) => new ServiceCollection()
        .AddFakeLogging()
        .AddSingleton(TimeProvider.System)
        .Configure<InstagramOptions>(o =>
        {
            o.GraphBaseUrl = _graph.BaseUri.AbsoluteUri;
            o.GraphApiVersion = FakeGraph.Version;
            foreach (var account in tokens)
            {
                o.AccessTokens[account] = FakeGraph.Token(account);
            }
        })
        .Configure<GraphResilienceOptions>(o =>
        {
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            resilience?.Invoke(o);
        })
        .AddPlatformClients()
        .BuildServiceProvider();

    private InstagramLikesPoller Poller(ServiceProvider? services = null)
    {
        var sp = services ?? _services;
        return new(sp.GetRequiredService<InstagramGraphClient>(), _recorded, _tokens, sp.GetRequiredService<IOptions<InstagramOptions>>(), _time,
            sp.GetRequiredService<ILogger<InstagramLikesPoller>>());
    }

    private List<string> RecordedIds() => _recorded.Recorded.Select(r => r.Media.Id).ToList();

    [Fact]
    public async Task PollAsync_ReadsEveryPage_AndStopsOnceMediaAreOlderThanTheWindow()
    {
        var ages = new[] { 0.1, 1, 5, 10, 20, 40, 50, 60 };
        _graph.Accounts["A"] = ages.Select((age, i) => new FakeGraph.Media($"m{i}", 100 + i, Now.AddDays(-age))).ToList();

        var run = await Poller().PollAsync([Bakery with { Accounts = [new("instagram", "A")] }], Cancel);

        Assert.Equal(3, _graph.RequestsFor("A")); // pages [0.1, 1], [5, 10], [20, 40]: the third ends older than 30 days
        Assert.Equal([null, "cursor-2", "cursor-4"], _graph.Requests.Select(r => r.After));
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], RecordedIds());
        Assert.All(_recorded.Recorded, r => Assert.Equal(("bakery", new DateOnly(2026, 11, 20)), (r.TeamId, r.Day)));
        Assert.Equal(104, _recorded.Recorded.Last().Media.LikeCount);
        Assert.Equal(new LikesPollRun(1, 0, 0, 0, 5), run);
    }

    [Fact]
    public async Task PollAsync_ReadsCaptionTimestampAndPermalink()
    {
        await Poller().PollAsync([Bakery with { Accounts = [new("instagram", "A")] }], Cancel);

        var first = _recorded.Recorded.First().Media;
        Assert.Equal(new InstagramMedia("A1", "Sourdough is back", 10, new DateTimeOffset(Now.AddHours(-3)), "https://www.instagram.com/p/A1/", "FEED"), first);
    }

    [Fact]
    public async Task PollAsync_ServerError_IsRetried_ThenRecorded()
    {
        _graph.Script("A", new FakeGraph.Answer(500, FakeGraph.Error(2, "OAuthException", message: "Service temporarily unavailable")));

        var run = await Poller().PollAsync([Bakery], Cancel);

        Assert.Equal(2, _graph.RequestsFor("A"));
        Assert.Equal(["A1", "A2", "B1", "B2"], RecordedIds());
        Assert.Equal(0, run.Failed);
    }

    [Fact]
    public async Task PollAsync_TooManyRequestsWithRetryAfter_WaitsAndRetries()
    {
        _graph.Script("A", new FakeGraph.Answer(429, new { }, RetryAfter: "1"));

        var run = await Poller().PollAsync([Bakery with { Accounts = [new("instagram", "A")] }], Cancel);

        Assert.Equal(2, _graph.RequestsFor("A"));
        Assert.Equal(["A1", "A2"], RecordedIds());
        Assert.Equal(1, run.Polled);
    }

    [Fact]
    public async Task PollAsync_RetryAfterLongerThanAllowed_StopsTheAccountWithoutWaiting()
    {
        _graph.Script("A", new FakeGraph.Answer(429, new { }, RetryAfter: "3600"));

        var run = await Poller().PollAsync([Bakery], Cancel);

        Assert.Equal(1, _graph.RequestsFor("A"));
        Assert.Equal(["B1", "B2"], RecordedIds());
        Assert.Equal((1, 1, 0), (run.Polled, run.Stopped, run.Failed));
    }

    [Theory]
    [InlineData(400, 190, 0, 1, true)] // expired token: that account fails, and the digest is told to ask for a new one
    [InlineData(400, 100, 0, 1, false)] // invalid parameter
    [InlineData(403, 10, 0, 1, true)] // permission missing: the token must be fixed too
    [InlineData(400, 17, 1, 0, false)] // the account's rate limits: it stops for this run
    [InlineData(400, 32, 1, 0, false)]
    [InlineData(400, 613, 1, 0, false)]
    [InlineData(400, 80002, 1, 0, false)]
    public async Task PollAsync_GraphErrorRetryingCannotFix_IsNotRetried_AndLeavesOutOnlyThatAccount(int status, int code, int stopped, int failed, bool tokenRefused)
    {
        _graph.Script("A", new FakeGraph.Answer(status, FakeGraph.Error(code, subcode: code == 190 ? 463 : null)));

        var run = await Poller().PollAsync([Bakery], Cancel);

        Assert.Equal(1, _graph.RequestsFor("A"));
        Assert.Equal(1, _graph.RequestsFor("B"));
        Assert.Equal(["B1", "B2"], RecordedIds());
        Assert.Equal(new LikesPollRun(1, stopped, 0, failed, 2), run);
        Assert.Equal(tokenRefused ? [("instagram", "A", _time.GetUtcNow())] : [], _tokens.Reported);
    }

    [Fact]
    public async Task PollAsync_AppRateLimit_StopsEveryCallThisRun()
    {
        _graph.Script("A", new FakeGraph.Answer(403, FakeGraph.Error(4, message: "Application request limit reached")));

        var run = await Poller().PollAsync([Bakery], Cancel);

        Assert.Equal(1, _graph.RequestsFor("A"));
        Assert.Equal(0, _graph.RequestsFor("B"));
        Assert.Empty(_recorded.Recorded);
        Assert.Equal(new LikesPollRun(0, 1, 1, 0, 0), run);
    }

    [Fact]
    public async Task PollAsync_AppUsageAt95Percent_RecordsThatPage_ThenMakesNoMoreCalls()
    {
        _graph.Accounts["A"] = Enumerable.Range(0, 6).Select(i => new FakeGraph.Media($"m{i}", i, Now.AddDays(-i))).ToList();
        _graph.Usage["A"] = new FakeGraph.Answer(AppUsage: """{"call_count":95,"total_time":12,"total_cputime":9}""");

        var run = await Poller().PollAsync([Bakery], Cancel);

        Assert.Equal(1, _graph.RequestsFor("A"));
        Assert.Equal(0, _graph.RequestsFor("B"));
        Assert.Equal(["m0", "m1"], RecordedIds());
        Assert.Equal(new LikesPollRun(1, 1, 1, 0, 2), run);
    }

    [Fact]
    public async Task PollAsync_BusinessUsageAtLimit_PausesTheAccountUntilAccessIsRegained()
    {
        _graph.Script("A", new FakeGraph.Answer(BusinessUsage: """{"17841400000000001":[{"type":"instagram","call_count":100,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":30}]}"""));
        var poller = Poller();

        await poller.PollAsync([Bakery], Cancel);
        _time.Advance(TimeSpan.FromMinutes(20));
        var paused = await poller.PollAsync([Bakery], Cancel);
        _time.Advance(TimeSpan.FromMinutes(11));
        await poller.PollAsync([Bakery], Cancel);

        Assert.Equal(2, _graph.RequestsFor("A")); // the first run and the third; the second skipped it
        Assert.Equal(3, _graph.RequestsFor("B"));
        Assert.Equal((1, 1), (paused.Polled, paused.Skipped));
    }

    [Fact]
    public async Task PollAsync_SlowAttempt_TimesOutAndIsRetried()
    {
        // Generous margins: the retried attempt must answer within the attempt timeout on a loaded machine too.
        using var services = Services(["A"], o => o.AttemptTimeout = TimeSpan.FromSeconds(2));
        _graph.Script("A", new FakeGraph.Answer(Delay: TimeSpan.FromSeconds(60)));

        var run = await Poller(services).PollAsync([Bakery], Cancel);

        Assert.Equal(2, _graph.RequestsFor("A"));
        Assert.Equal(["A1", "A2"], RecordedIds());
        Assert.Equal(0, run.Failed);
    }

    [Fact]
    public async Task PollAsync_AlwaysSlow_FailsTheAccountAfterTheTotalTimeout()
    {
        // Each attempt includes a real local HTTP round trip, so it gets 2 s (a loaded machine can take more than the
        // old 400 ms just to connect, and an attempt cut before it reached the fake was not counted); the fake answers
        // after 5 s, so every attempt still times out, and 7 s total still ends the account before 1 + 3 retries finish.
        using var services = Services(["A", "B"], o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(7);
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
        });
        _graph.Script("A", Enumerable.Repeat(new FakeGraph.Answer(Delay: TimeSpan.FromSeconds(5)), 10).ToArray());

        var run = await Poller(services).PollAsync([Bakery], Cancel);

        Assert.InRange(_graph.RequestsFor("A"), 2, 4); // attempts within the total timeout, never more than 1 + 3 retries
        Assert.Equal(["B1", "B2"], RecordedIds());
        Assert.Equal(1, run.Failed);
    }

    [Fact]
    public async Task PollAsync_GraphOutage_RetriesStayWithinTheBudget()
    {
        var accounts = Enumerable.Range(0, 10).Select(i => $"acct{i}").ToArray();
        using var services = Services(accounts, o => (o.RetryBudgetRatio, o.RetryBudgetMinimum) = (0.1, 2));
        foreach (var account in accounts)
        {
            _graph.Script(account, Enumerable.Repeat(new FakeGraph.Answer(503, FakeGraph.Error(2, message: "Service unavailable")), 4).ToArray());
        }

        var run = await Poller(services).PollAsync([Bakery with { Accounts = [.. accounts.Select(a => new TeamAccount("instagram", a))] }], Cancel);

        // Without a budget: 10 × (1 + 3 retries) = 40 calls. With it: 10 first calls and the 2 retries the budget allows.
        Assert.Equal(12, _graph.Requests.Count);
        Assert.Equal(10, run.Failed);
    }

    [Fact]
    public async Task PollAsync_AccountWithoutToken_IsNotCalled()
    {
        var run = await Poller().PollAsync([Bakery with { Accounts = [new("instagram", "C"), new("instagram", "A")] }], Cancel);

        Assert.Equal(0, _graph.RequestsFor("C"));
        Assert.Equal(["A1", "A2"], RecordedIds());
        Assert.Equal(1, run.Skipped);
    }

    [Fact]
    public async Task PollAsync_NeverLogsAToken()
    {
        _graph.Script("A", new FakeGraph.Answer(400, FakeGraph.Error(190)), new FakeGraph.Answer(500, new { }));
        _graph.Script("B", new FakeGraph.Answer(500, new { }));

        await Poller().PollAsync([Bakery], Cancel);

        var logs = _services.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, r => r.Message.Contains("secret-token", StringComparison.Ordinal) || (r.Exception?.ToString().Contains("secret-token", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task Function_WithoutTokens_ReturnsWithoutReadingTeamsOrCallingGraph()
    {
        using var services = Services([]);
        var function = new InstagramLikesFunction(directory: null!, Poller(services)); // reading the teams would throw

        await function.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), Cancel);

        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public void IsOn_WithoutTokens_IsFalse()
    {
        using var services = Services([]);

        Assert.False(Poller(services).IsOn());
        Assert.True(Poller().IsOn());
    }
}
