using System.Net;
using LeadsNotLikes.Teams;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Teams and the accounts they own, in the <c>directory</c> container. An account is claimed by creating its route
/// document, so two teams cannot own one account. Lookups by account are cached briefly on each instance: a change
/// made through the admin API reaches the queue function within <see cref="CacheFor"/>.
/// </summary>
public sealed class TeamDirectory(CosmosClient client, IOptions<CosmosOptions> options, IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Directory);

    public async Task<Team?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ReadAsync<TeamDocument>(id, TeamDocument.Partition, cancellationToken))?.Team;

    public async Task<IReadOnlyList<Team>> ListAsync(CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", TeamDocument.Partition);
        var documents = await CosmosQueries.ToListAsync<TeamDocument>(_container, query, TeamDocument.Partition, cancellationToken);
        return documents.Select(d => d.Team).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The team that owns the account, or null for an account no team has claimed.</summary>
    public async Task<Team?> FindByAccountAsync(string platform, string accountId, CancellationToken cancellationToken)
    {
        var key = new TeamAccount(platform, accountId).Key;
        if (cache.TryGetValue(key, out Team? cached))
        {
            return cached;
        }

        var route = await ReadAsync<AccountRouteDocument>(key, AccountRouteDocument.Partition, cancellationToken);
        var team = route is null ? null : await GetAsync(route.TeamId, cancellationToken);
        if (team is not null)
        {
            cache.Set(key, team, CacheFor); // unknown accounts are not cached, so a newly added account works at once
        }

        return team;
    }

    /// <summary>
    /// Creates or replaces a team and claims its accounts. Returns the accounts another team already owns
    /// (and then changes nothing).
    /// </summary>
    public async Task<IReadOnlyList<TeamAccount>> PutAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var previous = await GetAsync(team.Id, cancellationToken);
        var added = team.Accounts.Where(a => previous?.Accounts.Contains(a) != true).ToList();
        var claimed = new List<TeamAccount>();
        var taken = new List<TeamAccount>();
        foreach (var account in added)
        {
            if (await ClaimAsync(account, team.Id, cancellationToken))
            {
                claimed.Add(account);
            }
            else
            {
                taken.Add(account);
            }
        }

        if (taken.Count > 0)
        {
            await Task.WhenAll(claimed.Select(a => DeleteRouteAsync(a, cancellationToken)));
            return taken;
        }

        await _container.UpsertItemAsync(new TeamDocument(team.Id, team, time.GetUtcNow()), new PartitionKey(TeamDocument.Partition),
            cancellationToken: cancellationToken);
        var dropped = previous?.Accounts.Where(a => !team.Accounts.Contains(a)) ?? [];
        await Task.WhenAll(dropped.Select(a => DeleteRouteAsync(a, cancellationToken)));
        foreach (var account in team.Accounts.Concat(previous?.Accounts ?? []))
        {
            cache.Remove(account.Key);
        }

        return [];
    }

    /// <summary>Deletes a team and releases its accounts; false when there was no such team.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var team = await GetAsync(id, cancellationToken);
        if (team is null)
        {
            return false;
        }

        await Task.WhenAll(team.Accounts.Select(a => DeleteRouteAsync(a, cancellationToken)));
        await _container.DeleteItemAsync<TeamDocument>(id, new PartitionKey(TeamDocument.Partition), cancellationToken: cancellationToken);
        foreach (var account in team.Accounts)
        {
            cache.Remove(account.Key);
        }

        return true;
    }

    /// <summary>Creates the account's route for the team; true when the team now owns it (also when it already did).</summary>
    private async Task<bool> ClaimAsync(TeamAccount account, string teamId, CancellationToken cancellationToken)
    {
        try
        {
            await _container.CreateItemAsync(new AccountRouteDocument(account.Key, teamId), new PartitionKey(AccountRouteDocument.Partition),
                cancellationToken: cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            var owner = await ReadAsync<AccountRouteDocument>(account.Key, AccountRouteDocument.Partition, cancellationToken);
            return owner?.TeamId == teamId;
        }
    }

    private async Task DeleteRouteAsync(TeamAccount account, CancellationToken cancellationToken)
    {
        try
        {
            await _container.DeleteItemAsync<AccountRouteDocument>(account.Key, new PartitionKey(AccountRouteDocument.Partition),
                cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // Already released.
        }
    }

    private async Task<T?> ReadAsync<T>(string id, string partition, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await _container.ReadItemAsync<T>(id, new PartitionKey(partition), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
