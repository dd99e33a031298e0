using LeadsNotLikes.Events;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;
using Microsoft.Extensions.Time.Testing;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class IngestionHealthCountersTests(ServicesFixture services) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private CosmosTestDatabase _db = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await CosmosTestDatabase.CreateAsync(services.Services);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Flush_AddsEachInstancesTally_AndReadSumsTheDays()
    {
        var one = new IngestionHealthCounters(_db.Client, _db.Options, _time);
        var two = new IngestionHealthCounters(_db.Client, _db.Options, _time);
        one.Record(Platforms.Facebook, HealthMetric.Received, 10);
        one.Record(Platforms.Facebook, HealthMetric.Duplicate);
        two.Record(Platforms.Facebook, HealthMetric.Received, 5);
        two.Record(Platforms.Instagram, HealthMetric.SignatureFailure, 2);
        two.RecordTokenExpiry(Platforms.Instagram, "IG1", _time.GetUtcNow().AddDays(30));

        await Task.WhenAll(one.FlushAsync(Cancel), two.FlushAsync(Cancel));
        await one.FlushAsync(Cancel); // nothing new: changes nothing
        _time.Advance(TimeSpan.FromDays(1));
        one.Record(Platforms.Facebook, HealthMetric.Unrouted);
        await one.FlushAsync(Cancel);

        var health = await one.ReadAsync(new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 22), Cancel);
        Assert.Equal([new("facebook", 15, 0, 1, 1), new("instagram", 0, 2, 0, 0)], health.Platforms);
        Assert.Equal(new LeadsNotLikes.Digest.TokenExpiry("instagram", "IG1", new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero)), Assert.Single(health.Tokens));
    }
}
