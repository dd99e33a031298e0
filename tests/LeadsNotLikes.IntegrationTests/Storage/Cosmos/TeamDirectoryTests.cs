using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.Extensions.Caching.Memory;

namespace LeadsNotLikes.IntegrationTests.Storage.Cosmos;

public sealed class TeamDirectoryTests(ServicesFixture services) : IAsyncLifetime
{
    private CosmosTestDatabase _db = default!;
    private TeamDirectory _directory = default!;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await CosmosTestDatabase.CreateAsync(services.Services);
        _directory = NewDirectory();
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private TeamDirectory NewDirectory() => new(_db.Client, _db.Options, new MemoryCache(new MemoryCacheOptions()), TimeProvider.System);

    private static Team Team(string id, params string[] pages) => new()
    {
        Id = id,
        Name = id,
        Recipients = [$"{id}@example.test"],
        Accounts = pages.Select(p => new TeamAccount("facebook", p)).ToList(),
    };

    [Fact]
    public async Task Put_ThenGetListAndFindByAccount()
    {
        Assert.Empty(await _directory.PutAsync(Team("alpha", "P1", "P2"), Cancel));
        Assert.Empty(await _directory.PutAsync(Team("beta", "P3"), Cancel));

        Assert.Equal(["alpha", "beta"], (await _directory.ListAsync(Cancel)).Select(t => t.Id));
        Assert.Equal("alpha", (await _directory.FindByAccountAsync("facebook", "P2", Cancel))?.Id);
        Assert.Equal(["P1", "P2"], (await _directory.GetAsync("alpha", Cancel))!.Accounts.Select(a => a.AccountId));
        Assert.Null(await _directory.FindByAccountAsync("facebook", "NOPE", Cancel));
        Assert.Null(await _directory.FindByAccountAsync("instagram", "P1", Cancel));
    }

    [Fact]
    public async Task Put_AccountOwnedByAnotherTeam_IsRefusedAndChangesNothing()
    {
        await _directory.PutAsync(Team("alpha", "P1"), Cancel);

        var taken = await _directory.PutAsync(Team("beta", "P9", "P1"), Cancel);

        Assert.Equal(["facebook:P1"], taken.Select(a => a.Key));
        Assert.Null(await _directory.GetAsync("beta", Cancel));
        Assert.Null(await _directory.FindByAccountAsync("facebook", "P9", Cancel)); // the partial claim was rolled back
        Assert.Equal("alpha", (await _directory.FindByAccountAsync("facebook", "P1", Cancel))?.Id);
    }

    [Fact]
    public async Task Put_DroppingAnAccount_ReleasesIt()
    {
        await _directory.PutAsync(Team("alpha", "P1", "P2"), Cancel);

        await _directory.PutAsync(Team("alpha", "P2"), Cancel);

        Assert.Null(await NewDirectory().FindByAccountAsync("facebook", "P1", Cancel));
        Assert.Empty(await _directory.PutAsync(Team("beta", "P1"), Cancel));
    }

    [Fact]
    public async Task Put_SameTeamAgain_IsIdempotent()
    {
        await _directory.PutAsync(Team("alpha", "P1"), Cancel);

        Assert.Empty(await _directory.PutAsync(Team("alpha", "P1") with { LeadThreshold = 70 }, Cancel));
        Assert.Equal(70, (await _directory.FindByAccountAsync("facebook", "P1", Cancel))!.LeadThreshold);
    }

    private Microsoft.Azure.Cosmos.Container Directory => _db.Client.GetContainer(_db.Options.Value.Database, CosmosContainers.Directory);

    [Fact]
    public async Task Put_SavingAgain_RepairsALostRoute()
    {
        await _directory.PutAsync(Team("alpha", "P1"), Cancel);
        await Directory.DeleteItemAsync<AccountRouteDocument>("facebook:P1", new Microsoft.Azure.Cosmos.PartitionKey(AccountRouteDocument.Partition), cancellationToken: Cancel);

        await _directory.PutAsync(Team("alpha", "P1"), Cancel);

        Assert.Equal("alpha", (await NewDirectory().FindByAccountAsync("facebook", "P1", Cancel))?.Id);
    }

    [Fact]
    public async Task Put_AccountLeftRoutedToADeletedTeam_IsTakenOver()
    {
        await Directory.CreateItemAsync(new AccountRouteDocument("facebook:P1", "ghost"), new Microsoft.Azure.Cosmos.PartitionKey(AccountRouteDocument.Partition), cancellationToken: Cancel);

        Assert.Empty(await _directory.PutAsync(Team("beta", "P1"), Cancel));
        Assert.Equal("beta", (await NewDirectory().FindByAccountAsync("facebook", "P1", Cancel))?.Id);
    }

    [Fact]
    public async Task Put_ConcurrentSavesOfOneTeam_LeaveEveryListedAccountRouted()
    {
        await _directory.PutAsync(Team("alpha", "P1"), Cancel);
        string[][] versions = [["P1", "P2"], ["P1"], ["P2", "P3"], ["P3"], ["P1", "P3"]];

        var outcomes = await Task.WhenAll(versions.Select(async pages =>
        {
            try
            {
                await NewDirectory().PutAsync(Team("alpha", pages), Cancel);
                return "saved";
            }
            catch (TeamChangedException)
            {
                return "changed meanwhile";
            }
        }));

        var stored = (await _directory.GetAsync("alpha", Cancel))!;
        Assert.Contains("saved", outcomes);
        foreach (var account in stored.Accounts)
        {
            Assert.Equal("alpha", (await NewDirectory().FindByAccountAsync(account.Platform, account.AccountId, Cancel))?.Id);
        }
    }

    [Fact]
    public async Task Delete_RemovesTeamAndRoutes()
    {
        await _directory.PutAsync(Team("alpha", "P1"), Cancel);

        Assert.True(await _directory.DeleteAsync("alpha", Cancel));
        Assert.False(await _directory.DeleteAsync("alpha", Cancel));
        Assert.Null(await _directory.FindByAccountAsync("facebook", "P1", Cancel));
        Assert.Empty(await _directory.ListAsync(Cancel));
    }
}
