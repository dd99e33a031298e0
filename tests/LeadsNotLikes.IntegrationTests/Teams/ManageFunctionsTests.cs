using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Digest;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Leads;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Teams;
using LeadsNotLikes.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Teams;

/// <summary>
/// The management functions that take a team and a day: the team or 404, the day or 400 (in that order), the
/// team's default day when none is given; against the local Cosmos DB server.
/// </summary>
public sealed class ManageFunctionsTests(ServicesFixture services) : IAsyncLifetime
{
    // 08:05 in Berlin on 22 Nov: "yesterday" is the 21st.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 7, 5, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private TeamDirectory _directory = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly Team _team = new()
    {
        Id = "manage",
        Name = "Manage",
        TimeZone = "Europe/Berlin",
        Recipients = ["m@example.test"],
        Accounts = [new TeamAccount("facebook", "PAGE-M")],
    };

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _directory = new TeamDirectory(_db.Client, _db.Options, new MemoryCache(new MemoryCacheOptions()), _time);
        await _directory.PutAsync(_team, Cancel);
        var lead = new EngagementEvent
        {
            EventId = "c1", Platform = "facebook", AccountId = "PAGE-M", Kind = EngagementKind.Comment, Action = EngagementAction.Added,
            PostId = "PAGE-M_1", ItemId = "PAGE-M_1_c1", Text = "How much for 4?", AuthorName = "Ana", OccurredAt = new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.Zero),
        };
        await Leads.ApplyAsync(_team, lead, new LeadScore(82, true, LeadIntent.Price, [new Evidence(0, 8, 60, "price")]), Cancel);
        await Leads.ResolveAsync(_team.Id, LeadStore.DocumentId(lead), LeadResolution.NotALead, "api", Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private LeadStore Leads => new(_db.Client, _db.Options, _time);

    private ManageFunctions Manage() => new(_directory, Leads, new EventQueues(services.Queues, new ParkedEvents(_db.Client, _db.Options, _time)), _time);

    private DigestViewFunctions View() =>
        new(_directory, DigestRunnerTests.CreateRunner(_db, _directory, _time, services.Services.Ports.Smtp, services.Queues), _time);

    private static Task<HttpFunctionCall> CallAsync(string path, string? query, Func<HttpRequest, Task<IResult>> function) =>
        HttpFunctionCall.RunAsync(HttpFunctionCall.Request("GET", path, query: query), function);

    private Task<HttpFunctionCall> ListLeadsAsync(string team, string? query) =>
        CallAsync($"/api/manage/teams/{team}/leads", query, r => Manage().ListLeadsAsync(r, team, Cancel));

    private Task<HttpFunctionCall> FeedbackAsync(string team, string? query) =>
        CallAsync($"/api/manage/teams/{team}/feedback", query, r => Manage().ExportFeedbackAsync(r, team, Cancel));

    private Task<HttpFunctionCall> DigestJsonAsync(string team, string? query) =>
        CallAsync($"/api/manage/teams/{team}/digest/json", query, r => View().JsonAsync(r, team, Cancel));

    [Fact]
    public async Task ListLeads_DefaultsToYesterday_OrTheDayGiven()
    {
        Assert.Equal(1, (await ListLeadsAsync(_team.Id, null)).Json.GetArrayLength());
        Assert.Equal(1, (await ListLeadsAsync(_team.Id, "day=2026-11-21")).Json.GetArrayLength());
        Assert.Equal(0, (await ListLeadsAsync(_team.Id, "day=2026-11-20")).Json.GetArrayLength());
    }

    [Fact]
    public async Task ExportFeedback_Defaults90DaysBack_OrSinceTheDayGiven()
    {
        Assert.Contains("How much for 4?", (await FeedbackAsync(_team.Id, null)).Body, StringComparison.Ordinal);
        Assert.Equal("", (await FeedbackAsync(_team.Id, "since=2026-11-22")).Body);
    }

    [Fact]
    public async Task DigestJson_DefaultsToTheDuePeriod_OrTheWeekGiven()
    {
        Assert.Equal(200, (await DigestJsonAsync(_team.Id, null)).Status);
        Assert.Equal(200, (await DigestJsonAsync(_team.Id, "day=2026-11-16&period=week")).Status);
    }

    public static TheoryData<string> DayFunctions => ["leads", "feedback", "digest"];

    private Task<HttpFunctionCall> CallDayFunctionAsync(string function, string team, string? day) => function switch
    {
        "leads" => ListLeadsAsync(team, day is null ? null : "day=" + day),
        "feedback" => FeedbackAsync(team, day is null ? null : "since=" + day),
        _ => DigestJsonAsync(team, day is null ? null : "day=" + day),
    };

    [Theory]
    [MemberData(nameof(DayFunctions))]
    public async Task UnknownTeam_Is404_BeforeTheDayIsLookedAt(string function)
    {
        var call = await CallDayFunctionAsync(function, "nobody", "21/11/2026");

        Assert.Equal(404, call.Status);
        Assert.Equal("No such team", call.Json.GetProperty("title").GetString());
        Assert.Equal("There is no team 'nobody'.", call.Json.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(DayFunctions))]
    public async Task DayNotInTheForm_yyyy_MM_dd_Is400(string function)
    {
        var call = await CallDayFunctionAsync(function, _team.Id, "21/11/2026");

        Assert.Equal(400, call.Status);
        Assert.Equal("Bad day", call.Json.GetProperty("title").GetString());
        Assert.Equal("'21/11/2026' is not a date in the form yyyy-MM-dd.", call.Json.GetProperty("detail").GetString());
    }
}
