using System.Net;
using System.Text;
using System.Text.Json;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Storage.Cosmos;

/// <summary>
/// Per-post, per-day counters of reactions and written engagement. Each count is one conditional patch:
/// "increment, and record this event id, unless the event id is already recorded". The patch is atomic on the
/// document, so a redelivered or concurrently delivered event is counted exactly once. A post's day is spread over
/// <see cref="Shards"/> documents, chosen by event id (so every delivery of one event hits the same document):
/// writes to one item are serialized, and a busy post would otherwise make one hot, ever-growing document.
/// </summary>
public sealed class EngagementCounters(CosmosClient client, IOptions<CosmosOptions> options)
{
    /// <summary>Counter documents per post and day.</summary>
    public const int Shards = 8;

    private const int MaxAttempts = 5;

    /// <summary>The projected counter row's properties, as <see cref="ReadRows"/> reads them (in this order).</summary>
    private static readonly byte[][] RowFields =
        ["day"u8.ToArray(), "platform"u8.ToArray(), "postId"u8.ToArray(), "reactionsAdded"u8.ToArray(), "reactionsRemoved"u8.ToArray(), "comments"u8.ToArray(), "reviews"u8.ToArray(), "mentions"u8.ToArray()];

    private readonly Container _container = client.GetContainer(options.Value.Database, CosmosContainers.Engagement);
    private readonly int _ttl = options.Value.RetentionDays * 86_400;

    public static string DocumentId(DateOnly day, string platform, string postId, int shard) =>
        $"post-{LeadStore.Day(day)}-{EventIds.From(platform, postId)}-{shard}";

    /// <summary>
    /// The shard an event is counted in: fixed by its id (FNV-1a, the same in every process and instance), so every
    /// delivery of an event meets its own record.
    /// </summary>
    internal static int ShardOf(string eventId)
    {
        var hash = 2166136261u;
        foreach (var ch in eventId)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    /// <summary>
    /// Counts the event on its post's counters for <paramref name="day"/>: a reaction added or removed, or a new
    /// comment, reply, mention or review. Edits change no count. Returns false when the event was already counted
    /// or counts nothing.
    /// </summary>
    public async Task<bool> CountAsync(string teamId, DateOnly day, EngagementEvent engagement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var increments = Increments(engagement);
        if (increments.Count == 0)
        {
            return false;
        }

        var id = DocumentId(day, engagement.Platform, engagement.PostId, ShardOf(engagement.EventId));
        var partition = new PartitionKey(teamId);
        var opId = engagement.EventId;
        var operations = increments.Select(i => PatchOperation.Increment(i, 1)).Append(PatchOperation.Set($"/ops/{opId}", 1)).ToList();
        var onlyOnce = new PatchItemRequestOptions
        {
            FilterPredicate = $"FROM c WHERE NOT IS_DEFINED(c.ops[\"{opId}\"])",
            EnableContentResponseOnWrite = false,
        };

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _container.PatchItemAsync<PostDayDocument>(id, partition, operations, onlyOnce, cancellationToken);
                return true;
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                return false; // this event id is already counted
            }
            catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                try
                {
                    await _container.CreateItemAsync(New(teamId, day, engagement, id, opId, increments), partition,
                        new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
                    return true;
                }
                catch (CosmosException c) when (c.StatusCode == HttpStatusCode.Conflict && attempt < MaxAttempts)
                {
                    // Another delivery created the day's document first: patch it.
                }
            }
        }
    }

    /// <summary>Each post's counts for the team's <paramref name="day"/>, summed over its shards (one-partition query).</summary>
    public async Task<IReadOnlyList<PostActivity>> ListAsync(string teamId, DateOnly day, CancellationToken cancellationToken) =>
        (await SummarizeAsync(teamId, day, day, static (_, _) => ContentType.Other, cancellationToken)).Posts;

    /// <summary>
    /// Each post's counts summed over <paramref name="from"/>..<paramref name="to"/>, and each day's totals per platform
    /// and per content type (typed by <paramref name="typeOf"/>): <see cref="ReadAsync"/>, then
    /// <see cref="PostDayCounts.Summarize"/>.
    /// </summary>
    public async Task<CounterSummary> SummarizeAsync(string teamId, DateOnly from, DateOnly to, Func<string, string, ContentType> typeOf, CancellationToken cancellationToken) =>
        (await ReadAsync(teamId, from, to, cancellationToken)).Summarize(typeOf);

    /// <summary>
    /// Every counter shard of <paramref name="from"/>..<paramref name="to"/>, summed per post and day. One
    /// single-partition query that projects only the numbers, read as raw pages and parsed in place: memory grows with
    /// the number of posts, never with the number of likes.
    /// </summary>
    public async Task<PostDayCounts> ReadAsync(string teamId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT c.day, c.platform, c.postId, c.reactionsAdded, c.reactionsRemoved, c.comments, c.reviews, c.mentions FROM c " +
                "WHERE c.teamId = @teamId AND c.type = @type AND c.day >= @from AND c.day <= @to")
            .WithParameter("@teamId", teamId)
            .WithParameter("@type", PostDayDocument.DocumentType)
            .WithParameter("@from", LeadStore.Day(from))
            .WithParameter("@to", LeadStore.Day(to));
        var counts = new PostDayCounts();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using var iterator = _container.GetItemQueryStreamIterator(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(teamId), MaxItemCount = CosmosQueries.PageSize });
        while (iterator.HasMoreResults)
        {
            using var page = await iterator.ReadNextAsync(cancellationToken);
            page.EnsureSuccessStatusCode();
            ReadRows(await Bytes(page.Content, cancellationToken), counts, strings);
        }

        return counts;
    }

    /// <summary>The document paths one event increments.</summary>
    internal static List<string> Increments(EngagementEvent engagement) => (engagement.Kind, engagement.Action) switch
    {
        (EngagementKind.Reaction, EngagementAction.Added) => ["/reactionsAdded", $"/byType/{PathSegment(engagement.ReactionType)}"],
        (EngagementKind.Reaction, EngagementAction.Removed) => ["/reactionsRemoved"],
        (EngagementKind.Review, EngagementAction.Added) => ["/comments", "/reviews"],
        (EngagementKind.Mention, EngagementAction.Added) => ["/comments", "/mentions"],
        (EngagementKind.Post, _) => [],
        (not EngagementKind.Reaction, EngagementAction.Added) => ["/comments"],
        _ => [],
    };

    private PostDayDocument New(string teamId, DateOnly day, EngagementEvent engagement, string id, string opId, List<string> increments) => new()
    {
        Id = id,
        TeamId = teamId,
        Day = LeadStore.Day(day),
        Platform = engagement.Platform,
        PostId = engagement.PostId,
        ReactionsAdded = increments.Contains("/reactionsAdded") ? 1 : 0,
        ReactionsRemoved = increments.Contains("/reactionsRemoved") ? 1 : 0,
        Comments = increments.Contains("/comments") ? 1 : 0,
        Reviews = increments.Contains("/reviews") ? 1 : 0,
        Mentions = increments.Contains("/mentions") ? 1 : 0,
        ByType = increments.Where(i => i.StartsWith("/byType/", StringComparison.Ordinal)).ToDictionary(i => i["/byType/".Length..], _ => 1),
        Ops = new() { [opId] = 1 },
        Ttl = _ttl,
    };

    /// <summary>A reaction type as a safe JSON path segment: lowercase letters, digits and '_' only.</summary>
    private static string PathSegment(string? value)
    {
        var segment = new StringBuilder();
        foreach (var ch in (value ?? "other").ToLowerInvariant())
        {
            if (segment.Length < 30 && (char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_'))
            {
                segment.Append(ch);
            }
        }

        return segment.Length == 0 ? "other" : segment.ToString();
    }

    private static async Task<ReadOnlyMemory<byte>> Bytes(Stream content, CancellationToken cancellationToken)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer.AsMemory((int)memory.Position);
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    /// <summary>
    /// Adds each row of a query page (<c>{"Documents":[{...}, ...], ...}</c>) to <paramref name="counts"/>. Property
    /// names are compared as UTF-8, and the day, platform and post id strings come from <paramref name="strings"/>
    /// (a post's 8 shards, and every post's day, share one string), so a row allocates nothing once its post was seen.
    /// </summary>
    private static void ReadRows(ReadOnlyMemory<byte> page, PostDayCounts counts, Dictionary<string, string> strings)
    {
        var pool = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        var reader = new Utf8JsonReader(page.Span);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("Documents"u8))
            {
                reader.Read(); // [
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    string day = "", platform = "", postId = "";
                    int added = 0, removed = 0, comments = 0, reviews = 0, mentions = 0;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var field = FieldOf(ref reader);
                        reader.Read();
                        switch (field)
                        {
                            case 0: day = Pooled(ref reader, pool, buffer); break;
                            case 1: platform = Pooled(ref reader, pool, buffer); break;
                            case 2: postId = Pooled(ref reader, pool, buffer); break;
                            case 3: added = reader.GetInt32(); break;
                            case 4: removed = reader.GetInt32(); break;
                            case 5: comments = reader.GetInt32(); break;
                            case 6: reviews = reader.GetInt32(); break;
                            case 7: mentions = reader.GetInt32(); break;
                            default: reader.Skip(); break;
                        }
                    }

                    counts.Add(day, platform, postId, added - removed, comments - reviews - mentions, reviews, mentions);
                }

                return;
            }
        }
    }

    /// <summary>The index in <see cref="RowFields"/> of the property name at the reader; -1 for any other.</summary>
    private static int FieldOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < RowFields.Length; i++)
        {
            if (reader.ValueTextEquals(RowFields[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The string value at the reader, the same instance for equal values (null reads as "").</summary>
    private static string Pooled(ref Utf8JsonReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool, scoped Span<char> buffer)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > buffer.Length)
        {
            return reader.GetString() ?? "";
        }

        var chars = buffer[..reader.CopyString(buffer)];
        if (!pool.TryGetValue(chars, out var value))
        {
            value = chars.ToString();
            pool.Dictionary[value] = value;
        }

        return value;
    }
}
