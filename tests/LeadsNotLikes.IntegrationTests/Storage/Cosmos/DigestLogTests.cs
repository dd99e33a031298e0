using Microsoft.Extensions.Time.Testing;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class DigestLogTests(ServicesFixture services) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 21);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private DigestLog _log = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _log = new DigestLog(_db.Client, _db.Options, _time);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task TryClaim_Concurrently_OnlyOneRunWins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel)));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task TryClaim_AfterSent_IsRefusedForThatDayOnly()
    {
        var claim = await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel);
        await _log.MarkSentAsync(claim!, 3, 44, Cancel);
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Null(await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel));
        Assert.NotNull(await _log.TryClaimAsync("team", Day.AddDays(1), TimeSpan.FromMinutes(10), Cancel));
        var record = await _log.GetAsync("team", Day, Cancel);
        Assert.Equal((true, 3, 44), (record!.Sent, record.Leads, record.Likes));
    }

    [Fact]
    public async Task TryClaim_ExpiredLease_IsTakenOver()
    {
        Assert.NotNull(await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel));
        Assert.Null(await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel));

        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.NotNull(await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel));
    }

    [Fact]
    public async Task Release_LetsTheNextRunClaimAtOnce()
    {
        var claim = await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel);

        await _log.ReleaseAsync(claim!, Cancel);

        Assert.NotNull(await _log.TryClaimAsync("team", Day, TimeSpan.FromMinutes(10), Cancel));
    }
}
