using LeadsNotLikes.Digest;
using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Records which digests went out, so each team gets one per day. A run claims the day with a lease before
/// sending and marks it sent afterwards; a second run finds it sent (or leased) and skips it. If a run dies
/// mid-send, the lease runs out and a later run sends again.
/// </summary>
public sealed class DigestLog(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time)
{
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public static string DocumentId(DateOnly day) => $"digest-{LeadStore.Day(day)}";

    /// <summary><c>digest-2026-11-21</c> for a day, <c>digest-week-2026-11-16</c> for a week.</summary>
    public static string DocumentId(DigestPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"digest-{period.Key}";
    }

    public Task<DigestClaim?> TryClaimAsync(string teamId, DateOnly day, TimeSpan lease, CancellationToken cancellationToken) =>
        TryClaimAsync(teamId, DigestPeriod.Day(day), lease, cancellationToken);

    /// <summary>Claims the team's digest for <paramref name="period"/>; null when it was already sent or another run holds it.</summary>
    public async Task<DigestClaim?> TryClaimAsync(string teamId, DigestPeriod period, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var partition = new PartitionKey(teamId);
        var now = time.GetUtcNow();
        var record = new DigestRecord
        {
            Id = DocumentId(period),
            TeamId = teamId,
            Day = LeadStore.Day(period.Start),
            Days = period.Days,
            Sent = false,
            LeaseUntil = now + lease,
            Ttl = _ttl,
        };

        try
        {
            var created = await _container.CreateItemAsync(record, partition, cancellationToken: cancellationToken);
            return new DigestClaim(teamId, period, created.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            var existing = await _container.ReadItemAsync<DigestRecord>(record.Id, partition, cancellationToken: cancellationToken);
            if (existing.Resource.Sent || existing.Resource.LeaseUntil > now)
            {
                return null;
            }

            try
            {
                var taken = await _container.ReplaceItemAsync(record, record.Id, partition, new ItemRequestOptions { IfMatchEtag = existing.ETag }, cancellationToken);
                return new DigestClaim(teamId, period, taken.ETag);
            }
            catch (CosmosException r) when (r.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                return null; // another run took over the expired lease first
            }
        }
    }

    /// <summary>Marks the claimed digest sent, with the numbers it reported.</summary>
    public async Task MarkSentAsync(DigestClaim claim, int leads, int likes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = time.GetUtcNow();
        var record = new DigestRecord
        {
            Id = DocumentId(claim.Period),
            TeamId = claim.TeamId,
            Day = LeadStore.Day(claim.Period.Start),
            Days = claim.Period.Days,
            Sent = true,
            LeaseUntil = now,
            SentAt = now,
            Leads = leads,
            Likes = likes,
            Ttl = _ttl,
        };
        await _container.UpsertItemAsync(record, new PartitionKey(claim.TeamId), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
    }

    /// <summary>Gives the claim back after a failed send, so the next run retries at once instead of after the lease.</summary>
    public async Task ReleaseAsync(DigestClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            await _container.DeleteItemAsync<DigestRecord>(DocumentId(claim.Period), new PartitionKey(claim.TeamId),
                new ItemRequestOptions { IfMatchEtag = claim.ETag }, cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            // Already gone or taken over: nothing to give back.
        }
    }

    public Task<DigestRecord?> GetAsync(string teamId, DateOnly day, CancellationToken cancellationToken) =>
        GetAsync(teamId, DigestPeriod.Day(day), cancellationToken);

    /// <summary>
    /// The ids of the team's digest records (sent, or claimed) for periods starting on or after <paramref name="from"/>:
    /// one query per team and run, so the runner knows which due periods still need sending without a read per period.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DigestRecord>> ListSinceAsync(string teamId, DateOnly from, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type AND c.day >= @from")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", DigestRecord.DocumentType)
            .WithParameter("@from", LeadStore.Day(from));
        var records = await CosmosQueries.ToListAsync<DigestRecord>(_container, query, teamId, cancellationToken);
        return records.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public async Task<DigestRecord?> GetAsync(string teamId, DigestPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.ReadItemAsync<DigestRecord>(DocumentId(period), new PartitionKey(teamId), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
