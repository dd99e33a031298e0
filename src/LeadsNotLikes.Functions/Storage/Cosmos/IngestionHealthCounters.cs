using System.Collections.Concurrent;
using System.Net;
using LeadsNotLikes.Digest;
using LeadsNotLikes.PlatformApis;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Cheap ingestion counters for the digest's health section. <see cref="Record"/> only adds to an in-memory tally
/// (no I/O on the webhook or Score path); <see cref="FlushAsync"/> (every 30 seconds, and at shutdown, by
/// <see cref="IngestionHealthFlusher"/>) writes each instance's tally as one Patch increment per UTC day into
/// <c>health-{day}</c> documents in the reserved <c>_ingestion</c> partition. These are operational counts, not
/// business numbers: a crash can lose up to one flush interval of them, and redeliveries are counted as received.
/// Webhook functions call <see cref="Record"/> with <see cref="HealthMetric.SignatureFailure"/>; the Score function
/// records received, duplicate and unrouted events. Platform clients report tokens that expire or were refused with
/// <see cref="RecordTokenExpiry"/> (<see cref="ITokenHealth"/>).
/// </summary>
public sealed class IngestionHealthCounters(CosmosClient client, IOptions<CosmosOptions> options, TimeProvider time) : ITokenHealth
{
    /// <summary>The partition (team id) the counters live in; no team id can take it (ids start with a letter or digit).</summary>
    public const string Partition = "_ingestion";

    public const string DocumentType = "health";

    private const int OpsPerPatch = 10;
    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;
    private ConcurrentDictionary<(string Day, string Path), int> _pending = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);

    public static string DocumentId(string day) => $"health-{day}";

    /// <summary>Counts <paramref name="count"/> of <paramref name="metric"/> for <paramref name="platform"/> today (UTC). No I/O.</summary>
    public void Record(string platform, HealthMetric metric, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var day = LeadStore.Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var path = $"/counts/{Segment(platform)}_{Name(metric)}"; // one level under /counts, which every document has
        _pending.AddOrUpdate((day, path), count, (_, n) => n + count);
    }

    /// <summary>Records when a platform token expires (kept until the next flush; the latest report wins).</summary>
    public void RecordTokenExpiry(string platform, string accountId, DateTimeOffset expiresAt) =>
        _tokens[$"{Segment(platform)}:{accountId}"] = expiresAt;

    /// <summary>Writes the tally so far; on failure the tally is put back for the next flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pending = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<(string Day, string Path), int>());
        var tokens = _tokens.ToArray();
        _tokens.Clear();
        foreach (var day in pending.GroupBy(p => p.Key.Day))
        {
            var increments = day.Select(p => (p.Key.Path, p.Value)).ToList();
            var dayTokens = day.Key == pending.Keys.Max(k => k.Day) ? tokens : [];
            try
            {
                await WriteAsync(day.Key, increments, dayTokens, cancellationToken);
            }
            catch (Exception e) when (e is CosmosException or HttpRequestException or OperationCanceledException)
            {
                foreach (var (path, value) in increments)
                {
                    _pending.AddOrUpdate((day.Key, path), value, (_, n) => n + value);
                }

                throw;
            }
        }

        if (pending.IsEmpty && tokens.Length > 0)
        {
            await WriteAsync(LeadStore.Day(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), [], tokens, cancellationToken);
        }
    }

    private async Task WriteAsync(string day, List<(string Path, int Value)> increments, KeyValuePair<string, DateTimeOffset>[] tokens, CancellationToken cancellationToken)
    {
        var operations = increments.Select(i => PatchOperation.Increment(i.Path, i.Value))
            .Concat(tokens.Select(t => PatchOperation.Set($"/tokens/{t.Key.Replace('/', '_').Replace('~', '_')}", t.Value)))
            .ToList();
        var partition = new PartitionKey(Partition);
        var id = DocumentId(day);
        for (var i = 0; i < operations.Count; i += OpsPerPatch)
        {
            var chunk = operations.Skip(i).Take(OpsPerPatch).ToList();
            try
            {
                await _container.PatchItemAsync<HealthDocument>(id, partition, chunk, new PatchItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                try
                {
                    await _container.CreateItemAsync(new HealthDocument { Id = id, TeamId = Partition, Day = day, Ttl = _ttl }, partition,
                        new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
                }
                catch (CosmosException c) when (c.StatusCode == HttpStatusCode.Conflict)
                {
                    // Created by another instance meanwhile.
                }

                await _container.PatchItemAsync<HealthDocument>(id, partition, chunk, new PatchItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
            }
        }
    }

    /// <summary>The flushed counts for UTC days <paramref name="from"/>..<paramref name="to"/>, and the latest token expiries.</summary>
    public async Task<IngestionHealth> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.teamId = @pk AND c.type = @type AND c.day >= @from AND c.day <= @to")
            .WithParameter("@pk", Partition)
            .WithParameter("@type", DocumentType)
            .WithParameter("@from", LeadStore.Day(from))
            .WithParameter("@to", LeadStore.Day(to));
        var documents = await CosmosQueries.ToListAsync<HealthDocument>(_container, query, Partition, cancellationToken);
        var rows = documents.SelectMany(d => d.Counts)
            .Select(c => (Platform: c.Key[..c.Key.LastIndexOf('_')], Metric: c.Key[(c.Key.LastIndexOf('_') + 1)..], Count: c.Value))
            .GroupBy(c => c.Platform, StringComparer.Ordinal)
            .Select(g => new HealthRow(g.Key,
                g.Where(c => c.Metric == Name(HealthMetric.Received)).Sum(c => c.Count),
                g.Where(c => c.Metric == Name(HealthMetric.SignatureFailure)).Sum(c => c.Count),
                g.Where(c => c.Metric == Name(HealthMetric.Duplicate)).Sum(c => c.Count),
                g.Where(c => c.Metric == Name(HealthMetric.Unrouted)).Sum(c => c.Count)))
            .OrderBy(r => r.Platform, StringComparer.Ordinal)
            .ToList();
        var tokens = documents.OrderBy(d => d.Day, StringComparer.Ordinal).SelectMany(d => d.Tokens)
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(t => new TokenExpiry(t.Key.Split(':')[0], t.Key[(t.Key.IndexOf(':', StringComparison.Ordinal) + 1)..], t.Value))
            .ToList();
        return new IngestionHealth { Platforms = rows, Tokens = tokens };
    }

    private static string Name(HealthMetric metric) => metric switch
    {
        HealthMetric.Received => "received",
        HealthMetric.SignatureFailure => "signatureFailures",
        HealthMetric.Duplicate => "duplicates",
        _ => "unrouted",
    };

    private static string Segment(string platform)
    {
        var segment = new string(platform.ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).Take(30).ToArray());
        return segment.Length == 0 ? "other" : segment;
    }

    /// <summary>One UTC day's counters: platform → metric → count, and token key → expiry.</summary>
    private sealed record HealthDocument
    {
        public required string Id { get; init; }

        public required string TeamId { get; init; }

        public string Type { get; init; } = DocumentType;

        public required string Day { get; init; }

        /// <summary>"{platform}_{metric}" → count.</summary>
        public Dictionary<string, int> Counts { get; init; } = [];

        public Dictionary<string, DateTimeOffset> Tokens { get; init; } = [];

        public int Ttl { get; init; }
    }
}
