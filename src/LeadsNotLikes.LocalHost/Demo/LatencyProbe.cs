using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.LocalHost.Host;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>
/// Measures, on the running local stack, the time from sending a signed webhook to its lead being readable from
/// Cosmos DB (through the Manage API), and the webhook's own acknowledgement time. Sequential sends, after a
/// chosen idle gap (the queue listener backs off while idle, up to host.json maxPollingInterval), then a burst.
/// </summary>
public sealed class LatencyProbe(Uri hostUri, FunctionKeys keys, string metaAppSecret, Action<string> print)
{
    private const string TeamId = "latency-probe";
    private const string PageId = "777000000000001";
    private int _sent;

    public async Task RunAsync(int count, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = hostUri };
        http.DefaultRequestHeaders.Add("x-functions-key", keys.FunctionKey);
        var team = new { name = "Latency probe", timeZone = "UTC", recipients = new[] { "probe@example.test" }, accounts = new[] { new { platform = "facebook", accountId = PageId } } };
        (await http.PutAsJsonAsync($"api/manage/teams/{TeamId}", team, cancellationToken)).EnsureSuccessStatusCode();
        await MeasureAsync(http, 3, TimeSpan.Zero, cancellationToken); // warm-up: JIT, connections, containers

        foreach (var gap in new[] { TimeSpan.Zero, TimeSpan.FromSeconds(5) })
        {
            var (acks, leads) = await MeasureAsync(http, gap == TimeSpan.Zero ? count : Math.Max(5, count / 5), gap, cancellationToken);
            print($"sequential, {gap.TotalSeconds:F0} s idle before each: n={leads.Count}  webhook ack p50 {P(acks, 50)} p95 {P(acks, 95)} ms;  " +
                  $"webhook to stored lead p50 {P(leads, 50)} p95 {P(leads, 95)} max {P(leads, 100)} ms");
        }

        var burst = count * 2;
        var watch = Stopwatch.StartNew();
        var target = _sent + burst;
        await Parallel.ForEachAsync(Enumerable.Range(0, burst / 10), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (_, ct) => await SendAsync(http, Enumerable.Range(0, 10).Select(_ => Interlocked.Increment(ref _sent)).ToArray(), ct));
        var acked = watch.Elapsed;
        await WaitForLeadsAsync(http, target, cancellationToken, pollMilliseconds: 250);
        print($"burst: {burst} lead comments in {burst / 10} deliveries (4 at a time): all acknowledged in {acked.TotalMilliseconds:F0} ms, " +
              $"all stored in {watch.Elapsed.TotalMilliseconds:F0} ms ({burst / watch.Elapsed.TotalSeconds:F0} events/s)");
    }

    private async Task<(List<double> Acks, List<double> Leads)> MeasureAsync(HttpClient http, int count, TimeSpan gap, CancellationToken cancellationToken)
    {
        var acks = new List<double>();
        var leads = new List<double>();
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(gap, cancellationToken);
            var number = Interlocked.Increment(ref _sent);
            var watch = Stopwatch.StartNew();
            await SendAsync(http, [number], cancellationToken);
            acks.Add(watch.Elapsed.TotalMilliseconds);
            await WaitForLeadsAsync(http, number, cancellationToken);
            leads.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (acks, leads);
    }

    private async Task SendAsync(HttpClient http, int[] numbers, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var changes = numbers.Select(n => new JsonObject
        {
            ["field"] = "feed",
            ["value"] = new JsonObject
            {
                ["item"] = "comment",
                ["verb"] = "add",
                ["comment_id"] = $"1_{n}",
                ["post_id"] = $"{PageId}_1",
                ["parent_id"] = $"{PageId}_1",
                ["created_time"] = now,
                ["message"] = $"How much for order number {n}? I'd like to buy it today.",
            },
        });
        var delivery = new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject { ["id"] = PageId, ["time"] = now, ["changes"] = new JsonArray(changes.ToArray<JsonNode>()) }),
        }.ToJsonString();
        using var request = SignedDelivery.Create(delivery, metaAppSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Polls the Manage API (every 10 ms for single leads, 250 ms for bursts, so polling does not load the server).</summary>
    private static async Task WaitForLeadsAsync(HttpClient http, int count, CancellationToken cancellationToken, int pollMilliseconds = 10)
    {
        var day = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var waited = Stopwatch.StartNew();
        while ((await http.GetFromJsonAsync<JsonArray>($"api/manage/teams/{TeamId}/leads?day={day}", cancellationToken))!.Count < count)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"Only part of {count} leads arrived within 2 minutes.");
            }

            await Task.Delay(pollMilliseconds, cancellationToken);
        }
    }

    private static string P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1);
        return sorted[index].ToString("F0", CultureInfo.InvariantCulture);
    }
}
