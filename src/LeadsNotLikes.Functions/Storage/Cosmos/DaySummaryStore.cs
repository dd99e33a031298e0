using LeadsNotLikes.Digest;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>Settled days' totals (<see cref="DaySummaryDocument"/>): read by range in one query, written by upsert (idempotent).</summary>
public sealed class DaySummaryStore(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time)
{
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public async Task<IReadOnlyDictionary<string, DayTotals>> ListAsync(string teamId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @teamId AND c.type = @type AND c.day >= @from AND c.day <= @to")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", DaySummaryDocument.DocumentType)
            .WithParameter("@from", LeadStore.Day(from))
            .WithParameter("@to", LeadStore.Day(to));
        var documents = await CosmosQueries.ToListAsync<DaySummaryDocument>(_container, query, teamId, cancellationToken);
        return documents.ToDictionary(d => d.Day, d => new DayTotals
        {
            Platforms = d.Platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal),
            ContentTypes = d.ContentTypes.ToDictionary(t => t.Type),
        }, StringComparer.Ordinal);
    }

    public async Task SaveAsync(string teamId, DateOnly day, DayTotals totals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var document = new DaySummaryDocument
        {
            Id = DaySummaryDocument.DocumentId(day),
            TeamId = teamId,
            Day = LeadStore.Day(day),
            Platforms = [.. totals.Platforms.Values],
            ContentTypes = [.. totals.ContentTypes.Values],
            ComputedAt = time.GetUtcNow(),
            Ttl = _ttl,
        };
        await _container.UpsertItemAsync(document, new PartitionKey(teamId), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
    }
}
