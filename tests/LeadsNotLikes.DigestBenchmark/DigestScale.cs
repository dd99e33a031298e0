using System.Diagnostics;
using System.Globalization;
using LeadsNotLikes.Digest;
using LeadsNotLikes.Events;
using LeadsNotLikes.Hosting;
using LeadsNotLikes.LocalHost.Services;
using LeadsNotLikes.Scoring;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Teams;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.DigestBenchmark;

/// <summary>One size of the benchmark: seed a fresh database, then compile the day's digest twice (cold, then with day summaries).</summary>
public static class DigestScale
{
    private static readonly DateOnly Day = new(2026, 11, 21);
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
    private const int SeedParallelism = 64;

    public static async Task<string> RunAsync(LocalServices services, int posts, int reactions, int comments)
    {
        var options = Options.Create(new CosmosOptions
        {
            Endpoint = services.CosmosEndpoint.ToString(),
            Key = LocalServices.CosmosKey,
            Database = "bench-" + Guid.NewGuid().ToString("N")[..12],
            LocalEmulator = true,
        });
        var counting = new CountingHandler();
        using var seedClient = Client(options.Value, null);
        using var client = Client(options.Value, counting);
        await new CosmosLocalSetup(seedClient, options).RunAsync(CancellationToken.None);
        try
        {
            var seed = Stopwatch.StartNew();
            var documents = await SeedAsync(seedClient, options.Value, posts, reactions, comments);
            seed.Stop();
            Console.Error.WriteLine($"[bench] {posts} posts: {documents} counter documents seeded in {seed.Elapsed.TotalSeconds:0} s");

            var time = new FixedTime(new DateTimeOffset(2026, 11, 22, 7, 5, 0, TimeSpan.Zero));
            var team = new Team { Id = "bench", Name = "Bench", TimeZone = "Europe/Berlin", Recipients = ["b@example.test"], Accounts = [new TeamAccount("facebook", "PAGE")] };
            var digestOptions = Options.Create(new DigestOptions { LinkSecret = new string('b', 32), PublicBaseUrl = "https://app.example/" });
            var runner = new DigestRunner(
                new TeamDirectory(client, options, new MemoryCache(new MemoryCacheOptions()), time),
                new EngagementCounters(client, options),
                new LeadStore(client, options, time),
                new PostStore(client, options),
                new DaySummaryStore(client, options, time),
                new DigestLog(client, options, time),
                new DigestSender(Options.Create(new LeadsNotLikes.Digest.SmtpOptions { Host = "127.0.0.1", From = "d@example.test" }), time),
                new DigestLinks(digestOptions, new ConfigurationBuilder().Build()),
                new IngestionHealthCounters(client, options, time),
                new PoisonQueueDepth(new Azure.Storage.Queues.QueueServiceClient(services.StorageConnectionString)),
                digestOptions,
                time,
                NullLogger<DigestRunner>.Instance);

            var cold = await MeasureAsync(runner, team, counting);
            var warm = await MeasureAsync(runner, team, counting);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {posts:N0} | {documents:N0} | {seed.Elapsed.TotalSeconds:0} s | {cold.Elapsed.TotalMilliseconds:N0} ms | {warm.Elapsed.TotalMilliseconds:N0} ms | {cold.Requests} / {warm.Requests} | "
                + $"{(warm.Charged > 0 ? warm.RequestUnits.ToString("N1", CultureInfo.InvariantCulture) : "not reported")} | {warm.PeakBytes / 1048576.0:N1} MiB | {warm.AllocatedBytes / 1048576.0:N1} MiB |"
                + $" <!-- leads {cold.Leads}, likes {cold.Likes}, comments {cold.Comments} -->");
        }
        finally
        {
            await seedClient.GetDatabase(options.Value.Database).DeleteAsync();
        }
    }

    private static CosmosClient Client(CosmosOptions options, RequestHandler? handler)
    {
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "LeadsNotLikes.DigestBenchmark",
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            EnableContentResponseOnWrite = false,
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            GatewayModeMaxConnectionLimit = 128,
            // The local server scans every document of the container per query: allow for it.
            RequestTimeout = TimeSpan.FromMinutes(10),
        };
        if (handler is not null)
        {
            clientOptions.CustomHandlers.Add(handler);
        }

        return new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }

    private sealed record Measurement(TimeSpan Elapsed, long Requests, double RequestUnits, long Charged, long PeakBytes, long AllocatedBytes, int Leads, int Likes, int Comments);

    private static async Task<Measurement> MeasureAsync(DigestRunner runner, Team team, CountingHandler counting)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
                await Task.Delay(2);
            }
        });
        counting.Reset();
        var watch = Stopwatch.StartNew();
        var message = DigestComposer.Compose(await runner.BuildReportAsync(team, Day, CancellationToken.None));
        watch.Stop();
        peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
        await stop.CancelAsync();
        await sampler;
        var model = message.Model!;
        return new Measurement(watch.Elapsed, counting.Requests, counting.RequestUnits, counting.ChargedRequests, peak,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, model.Total.Leads, model.Total.Likes, model.Total.Comments);
    }

    /// <summary>
    /// Writes what the Score function would have left after the day: per post, its text document and its counter
    /// shards (each with the ids of the events it counted), and the leads (2% of comments). Returns the counter
    /// documents written.
    /// </summary>
    private static async Task<int> SeedAsync(CosmosClient client, CosmosOptions options, int posts, int reactions, int comments)
    {
        var container = client.GetContainer(options.Database, CosmosContainers.Engagement);
        var partition = new PartitionKey("bench");
        var documents = new List<object>();
        var texts = new[] { "20% off boiler servicing this week", "Which radiator would you pick?", "Before and after: a 1970s bathroom", "3 tips to bleed a radiator", "10 years ago today we opened" };
        for (var p = 0; p < posts; p++)
        {
            var postId = $"PAGE_{p}";
            documents.Add(new PostDocument
            {
                Id = PostStore.DocumentId("facebook", postId), TeamId = "bench", Platform = "facebook", PostId = postId,
                Title = $"{texts[p % texts.Length]} (#{p})", ContentType = ContentClassifier.Classify(texts[p % texts.Length]).Type, LastEventAt = Noon,
            });

            // Spread evenly: the worst case for the digest, as every post then fills all its counter shards.
            var postReactions = reactions / posts + (p < reactions % posts ? 1 : 0);
            var postComments = comments / posts + (p < comments % posts ? 1 : 0);
            var shards = new Dictionary<int, (int Reactions, int Comments, Dictionary<string, int> Ops)>();
            for (var r = 0; r < postReactions + postComments; r++)
            {
                var eventId = $"{p}-{r}";
                var shard = EngagementCounters.ShardOf(eventId);
                var (rs, cs, ops) = shards.TryGetValue(shard, out var s) ? s : (0, 0, new Dictionary<string, int>());
                ops[eventId] = 1;
                shards[shard] = r < postReactions ? (rs + 1, cs, ops) : (rs, cs + 1, ops);
            }

            foreach (var (shard, (rs, cs, ops)) in shards)
            {
                documents.Add(new PostDayDocument
                {
                    Id = EngagementCounters.DocumentId(Day, "facebook", postId, shard), TeamId = "bench", Day = "2026-11-21", Platform = "facebook", PostId = postId,
                    ReactionsAdded = rs, Comments = cs, ByType = rs > 0 ? new() { ["like"] = rs } : [], Ops = ops,
                });
            }
        }

        var counterDocs = documents.Count(d => d is PostDayDocument);
        var leads = comments / 50;
        for (var l = 0; l < leads; l++)
        {
            documents.Add(new LeadDocument
            {
                Id = $"lead-{l}", TeamId = "bench", Status = LeadStatus.Active, Day = "2026-11-21", Platform = "facebook", AccountId = "PAGE",
                PostId = $"PAGE_{l % posts}", ItemId = $"PAGE_{l % posts}_{l}", Kind = EngagementKind.Comment, FirstSeenAt = Noon, LastEventAt = Noon,
                LastEventId = $"c{l}", LastAction = EngagementAction.Added, Score = 70 + (l % 30), Intent = LeadIntent.Price,
                Text = "How much would it be for a 3-bedroom flat?", AuthorName = $"Person {l}", Evidence = [new Evidence(0, 8, 60, "price")],
            });
        }

        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = SeedParallelism }, async (document, ct) =>
            await container.CreateItemAsync(document, partition, new ItemRequestOptions { EnableContentResponseOnWrite = false }, ct));
        return counterDocs;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
