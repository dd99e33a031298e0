using System.Net;
using LeadsNotLikes.Teams;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Teams and the accounts they own, in the <c>directory</c> container. An account is claimed by creating its route
/// document, so two teams cannot own one account. A route counts only while its team lists the account: a route
/// left behind by a failed or concurrent save is ignored by lookups and taken over by the next claim, so failure
/// paths never delete routes (a missing route would park events; a stale one is harmless). Lookups by account are
/// cached briefly on each instance: a change made through the admin API reaches the queue function within
/// <see cref="CacheFor"/>.
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
        if (team?.Accounts.Contains(new TeamAccount(platform, accountId)) != true)
        {
            team = null; // a stale route: its team no longer lists the account
        }

        if (team is not null)
        {
            cache.Set(key, team, CacheFor); // unknown accounts are not cached, so a newly added account works at once
        }

        return team;
    }

    /// <summary>
    /// Creates or replaces a team and claims its accounts. Returns the accounts another team already owns (and then
    /// changes nothing). Every account is claimed on every save, so a save also repairs a route lost earlier.
    /// Throws <see cref="TeamChangedException"/> when the team was changed by someone else meanwhile.
    /// </summary>
    public async Task<IReadOnlyList<TeamAccount>> PutAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var (previous, etag) = await ReadWithETagAsync(team.Id, cancellationToken);
        var taken = new List<TeamAccount>();
        foreach (var account in team.Accounts)
        {
            if (!await ClaimAsync(account, team.Id, cancellationToken))
            {
                taken.Add(account);
            }
        }

        if (taken.Count > 0)
        {
            return taken; // routes claimed meanwhile stay, unlisted by any team, so lookups ignore them
        }

        var document = new TeamDocument(team.Id, team, time.GetUtcNow());
        try
        {
            if (previous is null)
            {
                await _container.CreateItemAsync(document, new PartitionKey(TeamDocument.Partition), cancellationToken: cancellationToken);
            }
            else
            {
                await _container.ReplaceItemAsync(document, team.Id, new PartitionKey(TeamDocument.Partition),
                    new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken);
            }
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            throw new TeamChangedException(team.Id, e);
        }

        var dropped = previous?.Team.Accounts.Where(a => !team.Accounts.Contains(a)) ?? [];
        await Task.WhenAll(dropped.Select(a => ReleaseRouteAsync(a, team.Id, cancellationToken)));

        // A concurrent save that dropped one of these accounts may have released its route after the claims above
        // (it read the team before this save wrote it): claim them again now that this version is stored. Releases
        // check the stored team and the route's ETag, which every claim changes, so one of the two always sees this.
        foreach (var account in team.Accounts)
        {
            await ClaimAsync(account, team.Id, cancellationToken);
        }

        foreach (var account in team.Accounts.Concat(previous?.Team.Accounts ?? []))
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

        // The team goes first: if releasing a route then fails, the route points at no team and the account is
        // simply unowned, rather than a team listing accounts whose routes are gone.
        await _container.DeleteItemAsync<TeamDocument>(id, new PartitionKey(TeamDocument.Partition), cancellationToken: cancellationToken);
        await Task.WhenAll(team.Accounts.Select(a => ReleaseRouteAsync(a, id, cancellationToken)));
        foreach (var account in team.Accounts)
        {
            cache.Remove(account.Key);
        }

        return true;
    }

    /// <summary>
    /// Creates the account's route for the team; true when the team now owns it (also when it already did: the route
    /// is then rewritten, so a concurrent release holding its old ETag fails). A route left pointing at a team that no
    /// longer exists, or no longer lists the account, is taken over.
    /// </summary>
    private async Task<bool> ClaimAsync(TeamAccount account, string teamId, CancellationToken cancellationToken)
    {
        var route = new AccountRouteDocument(account.Key, teamId);
        try
        {
            await _container.CreateItemAsync(route, new PartitionKey(AccountRouteDocument.Partition), cancellationToken: cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            var owner = await ReadAsync<AccountRouteDocument>(account.Key, AccountRouteDocument.Partition, cancellationToken);
            if (owner is null)
            {
                return await ClaimAsync(account, teamId, cancellationToken); // released meanwhile
            }

            if (owner.TeamId == teamId)
            {
                await _container.UpsertItemAsync(route, new PartitionKey(AccountRouteDocument.Partition),
                    new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
                return true;
            }

            if ((await GetAsync(owner.TeamId, cancellationToken))?.Accounts.Contains(account) == true)
            {
                return false;
            }

            await _container.UpsertItemAsync(route, new PartitionKey(AccountRouteDocument.Partition), cancellationToken: cancellationToken);
            return true;
        }
    }

    private async Task<(TeamDocument? Document, string? ETag)> ReadWithETagAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.ReadItemAsync<TeamDocument>(id, new PartitionKey(TeamDocument.Partition), cancellationToken: cancellationToken);
            return (response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// Deletes the account's route if it still points at the team (another team may have taken it over since) and
    /// the stored team no longer lists the account (a later save of the team may have added it back), and if no claim
    /// rewrote the route since it was read.
    /// </summary>
    private async Task ReleaseRouteAsync(TeamAccount account, string teamId, CancellationToken cancellationToken)
    {
        var partition = new PartitionKey(AccountRouteDocument.Partition);
        try
        {
            var route = await _container.ReadItemAsync<AccountRouteDocument>(account.Key, partition, cancellationToken: cancellationToken);
            if (route.Resource.TeamId == teamId && (await GetAsync(teamId, cancellationToken))?.Accounts.Contains(account) != true)
            {
                await _container.DeleteItemAsync<AccountRouteDocument>(account.Key, partition, new ItemRequestOptions { IfMatchEtag = route.ETag }, cancellationToken);
            }
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            // Already released, or taken over meanwhile: not ours to delete.
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
