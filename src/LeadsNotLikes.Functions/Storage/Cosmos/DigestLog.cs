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

    /// <summary>Claims the team's digest for <paramref name="day"/>; null when it was already sent or another run holds it.</summary>
    public async Task<DigestClaim?> TryClaimAsync(string teamId, DateOnly day, TimeSpan lease, CancellationToken cancellationToken)
    {
        var partition = new PartitionKey(teamId);
        var now = time.GetUtcNow();
        var record = new DigestRecord
        {
            Id = DocumentId(day),
            TeamId = teamId,
            Day = LeadStore.Day(day),
            Sent = false,
            LeaseUntil = now + lease,
            Ttl = _ttl,
        };

        try
        {
            var created = await _container.CreateItemAsync(record, partition, cancellationToken: cancellationToken);
            return new DigestClaim(teamId, day, created.ETag);
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
                return new DigestClaim(teamId, day, taken.ETag);
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
            Id = DocumentId(claim.Day),
            TeamId = claim.TeamId,
            Day = LeadStore.Day(claim.Day),
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
            await _container.DeleteItemAsync<DigestRecord>(DocumentId(claim.Day), new PartitionKey(claim.TeamId),
                new ItemRequestOptions { IfMatchEtag = claim.ETag }, cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            // Already gone or taken over: nothing to give back.
        }
    }

    public async Task<DigestRecord?> GetAsync(string teamId, DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.ReadItemAsync<DigestRecord>(DocumentId(day), new PartitionKey(teamId), cancellationToken: cancellationToken)).Resource;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
