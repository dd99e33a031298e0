using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadsNotLikes.Digest;
using LeadsNotLikes.LocalHost.Host;
using LeadsNotLikes.Webhooks.Meta;

namespace LeadsNotLikes.LocalHost.Demo;

/// <summary>
/// Shows the whole pipeline on the local stack: creates a team for a demo Facebook Page and Instagram account, sends yesterday's signed
/// webhooks (<see cref="SampleDeliveries"/>) to the host, waits for the leads to reach Cosmos DB, runs the Digest
/// timer through the host's admin endpoint and waits for the email in maildev. Returns what it observed.
/// </summary>
public sealed class DemoRunner(Uri hostUri, FunctionKeys keys, string metaAppSecret, Uri mailUri, Action<string> print)
{
    public const string TeamId = "demo-bakery";
    public const string TeamName = "Demo Bakery";
    public const string TimeZoneId = "Europe/London";
    public const string Recipient = "owner@demo-bakery.example";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task<DemoResult> RunAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var http = new HttpClient { BaseAddress = hostUri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("x-functions-key", keys.FunctionKey);

        var team = new
        {
            name = TeamName,
            timeZone = TimeZoneId,
            digestHour = 0,
            recipients = new[] { Recipient },
            leadThreshold = 50,
            vocabulary = new[] { "sourdough", "wedding cake" },
            accounts = new[]
            {
                new { platform = "facebook", accountId = SampleDeliveries.PageId },
                new { platform = "instagram", accountId = SampleDeliveries.InstagramAccountId },
            },
        };
        (await http.PutAsJsonAsync($"api/manage/teams/{TeamId}", team, cancellationToken)).EnsureSuccessStatusCode();
        print($"Team '{TeamId}' owns Facebook Page {SampleDeliveries.PageId} and Instagram account {SampleDeliveries.InstagramAccountId}; its digest goes to {Recipient}.");

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var yesterday = DigestSchedule.LocalDay(time.GetUtcNow(), zone).AddDays(-1);
        var localNoon = yesterday.ToDateTime(new TimeOnly(12, 0));
        var noon = new DateTimeOffset(localNoon, zone.GetUtcOffset(localNoon));
        var deliveries = SampleDeliveries.ForDay(noon);

        var leadWatch = new Stopwatch();
        for (var i = 0; i < deliveries.Count; i++)
        {
            if (i == 2)
            {
                leadWatch.Start(); // the delivery with the lead comments
            }

            await SendAsync(http, deliveries[i], cancellationToken);
        }

        print($"Sent {deliveries.Count} signed Meta deliveries (Page and Instagram, a review, one retry) for {yesterday:yyyy-MM-dd} to {new Uri(hostUri, SignedDelivery.Path)}.");

        var firstLead = TimeSpan.Zero;
        var leads = await PollAsync(async () =>
        {
            var found = await http.GetFromJsonAsync<JsonArray>($"api/manage/teams/{TeamId}/leads?day={yesterday:yyyy-MM-dd}", cancellationToken) ?? [];
            if (found.Count > 0 && firstLead == TimeSpan.Zero)
            {
                firstLead = leadWatch.Elapsed;
            }

            return found.Count >= SampleDeliveries.Expected.Leads ? found : null;
        }, "the leads to be stored", cancellationToken);
        print($"First lead stored in Cosmos DB {firstLead.TotalMilliseconds:F0} ms after its webhook was sent; {leads.Count} leads in all:");
        foreach (var lead in leads)
        {
            print($"  [{lead!["intent"]}, score {lead["score"]}] {lead["text"]}");
        }

        // The leads can be stored before the last reactions are counted (the queue hands out batches): wait until the
        // day's numbers are all in, so the digest reports every delivery that was acknowledged.
        var digestJson = $"api/manage/teams/{TeamId}/digest/json?day={yesterday:yyyy-MM-dd}";
        await PollAsync(async () =>
        {
            var total = (await http.GetFromJsonAsync<JsonObject>(digestJson, cancellationToken))?["total"];
            return total?["likes"]?.GetValue<int>() == SampleDeliveries.Expected.Likes && total["leads"]?.GetValue<int>() == SampleDeliveries.Expected.Leads
                ? total
                : null;
        }, "every like and lead of the day to be counted", cancellationToken);

        using var admin = new HttpRequestMessage(HttpMethod.Post, "admin/functions/Digest") { Content = JsonContent.Create(new { input = "" }) };
        admin.Headers.Add("x-functions-key", keys.MasterKey);
        (await http.SendAsync(admin, cancellationToken)).EnsureSuccessStatusCode();

        using var mail = new HttpClient { BaseAddress = mailUri };
        var email = await PollAsync(async () =>
        {
            var inbox = await mail.GetFromJsonAsync<JsonArray>("api/email", cancellationToken) ?? [];
            return inbox.LastOrDefault(e => e?["subject"]?.GetValue<string>().StartsWith(TeamName, StringComparison.Ordinal) == true);
        }, "the digest email", cancellationToken);
        print($"Digest email: \"{email!["subject"]}\". Read it at {mailUri}");

        return new DemoResult(yesterday, firstLead, leads, email.AsObject());
    }

    private async Task SendAsync(HttpClient http, string delivery, CancellationToken cancellationToken)
    {
        using var request = SignedDelivery.Create(delivery, metaAppSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe, string what, CancellationToken cancellationToken)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            if (await probe() is { } result)
            {
                return result;
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"Gave up waiting for {what} after {Patience.TotalSeconds} seconds; see the handler's log above.");
    }
}
