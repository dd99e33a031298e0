using Microsoft.Extensions.Time.Testing;
using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class LeadStoreTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly Team Team = new() { Id = "team-a", Name = "A", TimeZone = "Europe/Berlin", Recipients = ["a@example.test"] };
    private static readonly DateTimeOffset At = new(2026, 11, 21, 22, 30, 0, TimeSpan.Zero); // 23:30 in Berlin
    private static readonly LeadScore Lead = new(90, true, LeadIntent.Price, [new Evidence(0, 8, 60, "price")]);
    private static readonly LeadScore NotLead = new(10, false, LeadIntent.None, []);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private LeadStore _store = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _store = new LeadStore(_db.Client, _db.Options, _time);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static EngagementEvent Comment(EngagementAction action, DateTimeOffset at, string? text = "How much for 4?", string item = "C1") => new()
    {
        EventId = EventIds.From(item, action.ToString(), at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Platform = Platforms.Facebook,
        AccountId = "PAGE",
        Kind = EngagementKind.Comment,
        Action = action,
        PostId = "P",
        ItemId = item,
        AuthorName = "Ann",
        Text = action == EngagementAction.Removed ? null : text,
        OccurredAt = at,
    };

    private Task<IReadOnlyList<LeadDocument>> ActiveAsync(DateOnly day) => _store.ListActiveAsync(Team.Id, day, Cancel);

    /// <summary>The stored document for comment C1, whatever its status.</summary>
    private async Task<LeadDocument> StoredAsync() =>
        (await _db.Client.GetContainer(_db.Options.Value.Database, CosmosContainers.Engagement).ReadItemAsync<LeadDocument>(
            LeadStore.DocumentId(Comment(EngagementAction.Added, At)), new Microsoft.Azure.Cosmos.PartitionKey(Team.Id), cancellationToken: Cancel)).Resource;

    [Fact]
    public async Task Apply_Lead_IsStoredOnTheTeamsLocalDay()
    {
        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        var lead = Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 21)));
        Assert.Equal(LeadChange.Created, change);
        Assert.Equal("How much for 4?", lead.Text);
        Assert.Equal(LeadIntent.Price, lead.Intent);
        Assert.Equal("price", Assert.Single(lead.Evidence).Cue);
        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public async Task Apply_LeadArrivingAfterItsDaysDigest_CountsOnTodaySoTheNextDigestReportsIt()
    {
        var log = new DigestLog(_db.Client, _db.Options, _time);
        await log.MarkSentAsync((await log.TryClaimAsync(Team.Id, new DateOnly(2026, 11, 21), TimeSpan.FromMinutes(10), Cancel))!, 0, 0, Cancel);

        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel); // a retry, three days late

        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
        Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public async Task Apply_NotALead_StoresNothing()
    {
        Assert.Equal(LeadChange.Ignored, await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At, "nice"), NotLead, Cancel));

        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task Apply_SameEventTwiceAndConcurrently_KeepsOneLead()
    {
        var engagement = Comment(EngagementAction.Added, At);

        var changes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _store.ApplyAsync(Team, engagement, Lead, Cancel)));
        var again = await _store.ApplyAsync(Team, engagement, Lead, Cancel);

        Assert.Single(changes, c => c == LeadChange.Created);
        Assert.Equal(LeadChange.Ignored, again);
        Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task Apply_Edit_UpdatesTextAndScore_ButKeepsTheDay()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddHours(5), "How much for 6?"), Lead with { Score = 95 }, Cancel);

        var lead = Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 21)));
        Assert.Equal(LeadChange.Updated, change);
        Assert.Equal("How much for 6?", lead.Text);
        Assert.Equal(95, lead.Score);
    }

    [Fact]
    public async Task Apply_EditBelowThreshold_WithdrawsTheLead()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(1), "never mind, lovely photo"), NotLead, Cancel);

        Assert.Equal(LeadChange.Withdrawn, change);
        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task Apply_Remove_RetractsAndForgetsPersonalData()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Removed, At.AddMinutes(1)), null, Cancel);

        Assert.Equal(LeadChange.Withdrawn, change);
        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
        var tombstone = await StoredAsync();
        Assert.Equal(LeadStatus.Retracted, tombstone.Status);
        Assert.Null(tombstone.Text);
        Assert.Null(tombstone.AuthorName);
    }

    [Fact]
    public async Task Apply_AddArrivingAfterItsRemove_DoesNotResurrectTheLead()
    {
        // Deliveries are unordered: the remove (newer) arrives first, then a retried add (older).
        await _store.ApplyAsync(Team, Comment(EngagementAction.Removed, At.AddMinutes(10)), null, Cancel);

        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        Assert.Equal(LeadChange.Ignored, change);
        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task Apply_NonLeadEditArrivingBeforeItsAdd_KeepsTheOlderAddFromBecomingALead()
    {
        // "how much for 4?" was edited to "never mind"; the edit is delivered first.
        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(10), "never mind"), NotLead, Cancel);

        var change = await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        Assert.Equal(LeadChange.Ignored, change);
        Assert.Empty(await ActiveAsync(new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task Apply_EditWithoutText_KeepsTheLeadActive()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);

        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(1), text: null), null, Cancel);

        Assert.Equal("How much for 4?", Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 21))).Text);
    }

    [Fact]
    public async Task Apply_EditBelowThreshold_ForgetsTheText()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);
        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(1), "never mind"), NotLead, Cancel);

        var stored = await StoredAsync();

        Assert.Equal(LeadStatus.BelowThreshold, stored.Status);
        Assert.Null(stored.Text);
        Assert.Null(stored.AuthorName);
    }

    [Fact]
    public async Task Apply_OlderEditAfterNewerEdit_IsIgnored()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);
        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(9), "final text, how much?"), Lead, Cancel);

        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(5), "older text, how much?"), Lead, Cancel);

        Assert.Equal("final text, how much?", Assert.Single(await ActiveAsync(new DateOnly(2026, 11, 21))).Text);
    }

    [Fact]
    public async Task Resolve_IsIdempotent_AndSurvivesALaterEditOfTheComment()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);
        var id = LeadStore.DocumentId(Comment(EngagementAction.Added, At));

        var first = await _store.ResolveAsync(Team.Id, id, LeadResolution.Handled, "api", Cancel);
        var again = await _store.ResolveAsync(Team.Id, id, LeadResolution.Handled, "email", Cancel);
        await _store.ApplyAsync(Team, Comment(EngagementAction.Edited, At.AddMinutes(5), "How much for 5?"), Lead, Cancel);

        Assert.Equal(LeadResolution.Handled, first!.Resolution);
        Assert.Equal("api", again!.ResolvedVia);
        var stored = await _store.GetAsync(Team.Id, id, Cancel);
        Assert.Equal((LeadResolution.Handled, "How much for 5?"), (stored!.Resolution, stored.Text));
        Assert.Null(await _store.ResolveAsync(Team.Id, "lead-none", LeadResolution.Handled, "api", Cancel));
    }

    [Fact]
    public async Task Resolve_WithNull_ReopensANotALeadMark()
    {
        await _store.ApplyAsync(Team, Comment(EngagementAction.Added, At), Lead, Cancel);
        var id = LeadStore.DocumentId(Comment(EngagementAction.Added, At));
        await _store.ResolveAsync(Team.Id, id, LeadResolution.NotALead, "api", Cancel);

        var reopened = await _store.ResolveAsync(Team.Id, id, null, "api", Cancel);

        Assert.Null(reopened!.Resolution);
        Assert.Null((await _store.GetAsync(Team.Id, id, Cancel))!.Resolution);
        Assert.Empty(await _store.ListNotALeadAsync(Team.Id, new DateOnly(2026, 11, 1), Cancel));
    }
}
