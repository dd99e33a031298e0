using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.Storage.Queues;

namespace LeadsNotLikes.IntegrationTests.Faults;

/// <summary>Fault 6: messages that can never succeed go to the poison queue after maxDequeueCount; the rest flow on.</summary>
[Collection(FaultCollection.Name)]
public sealed class PoisonMessageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task MessageThatNeverSucceeds_LandsInPoisonWithItsOriginalText_EventsAroundItUnaffected()
    {
        var traffic = MetaTraffic.Create(MetaTraffic.MakeTeams(2), 300, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), seed: 6);
        string[] hopeless = ["this is not an engagement event", """{"eventId":"x","platform":"facebook","kind":"no-such-kind"}""", "null"];

        // visibilityTimeout 0: a failed message is retried at once, so five attempts take seconds, not 2.5 minutes.
        await using var stack = await FaultStack.StartAsync(Cancel, editHostJson: h => h["extensions"]!["queues"]!["visibilityTimeout"] = "00:00:00");
        await stack.PutTeamsAsync(traffic.Teams, Cancel);
        var sender = stack.Sender();
        var half = traffic.Deliveries.Count / 2;
        await sender.DeliverAllAsync(traffic.Deliveries.Take(half), concurrency: 8, Cancel);
        var events = new QueueClient(stack.Services.StorageConnectionString, QueueNames.Events, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        foreach (var text in hopeless)
        {
            await events.SendMessageAsync(text, Cancel);
        }

        await sender.DeliverAllAsync(traffic.Deliveries.Skip(half), concurrency: 8, Cancel);
        await stack.UntilAsync(async () => (await stack.PoisonAsync(Cancel)).Count >= hopeless.Length, TimeSpan.FromSeconds(90),
            "the hopeless messages in the poison queue", Cancel);
        await stack.DrainAsync(TimeSpan.FromSeconds(90), Cancel);

        Assert.Equal(hopeless.Order(StringComparer.Ordinal), (await stack.PoisonAsync(Cancel)).Order(StringComparer.Ordinal));
        await stack.AssertStoredAsync(traffic, Cancel);
        Assert.Equal(1, stack.Host.WorkerStarts);

        // The team's digest shows the poison count in its health panel (JSON and HTML forms of the same digest).
        var team = traffic.Teams[0].Id;
        using var json = new HttpRequestMessage(HttpMethod.Get, $"api/manage/teams/{team}/digest/json");
        json.Headers.Add("x-functions-key", stack.Host.Keys.FunctionKey);
        using var model = await stack.Http.SendAsync(json, Cancel);
        var health = (await model.Content.ReadFromJsonAsync<JsonObject>(Cancel))!["health"]!;
        Assert.Equal(hopeless.Length, health["poisonMessages"]!.GetValue<int>());
        using var html = new HttpRequestMessage(HttpMethod.Get, $"api/manage/teams/{team}/digest");
        html.Headers.Add("x-functions-key", stack.Host.Keys.FunctionKey);
        using var page = await stack.Http.SendAsync(html, Cancel);
        Assert.Contains($"Poison messages: {hopeless.Length}", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
