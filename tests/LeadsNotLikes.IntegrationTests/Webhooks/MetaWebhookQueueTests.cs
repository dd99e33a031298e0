using System.Text;
using Azure.Storage.Queues;
using LeadsNotLikes.IntegrationTests.Support;
using LeadsNotLikes.LocalHost.Services;
using LeadsNotLikes.Storage.Cosmos;
using LeadsNotLikes.Storage.Queues;
using LeadsNotLikes.Tests.Hosting;
using LeadsNotLikes.Webhooks;
using LeadsNotLikes.Webhooks.Meta;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.IntegrationTests.Webhooks;

/// <summary>
/// The webhook acknowledges a delivery only once its events are in a real queue (Azurite), with the queue client
/// configured exactly as the app configures it; when the queue cannot be reached, Meta gets 503 and retries.
/// Each test runs its own Azurite, because one of them stops it.
/// </summary>
public sealed class MetaWebhookQueueTests : IAsyncLifetime
{
    private const string AppSecret = "queue-test-app-secret-0123456789";
    private const string Delivery = """
        {"object":"page","entry":[{"id":"PAGE","time":1449135003,"changes":[
          {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"P_C1","post_id":"PAGE_P","parent_id":"PAGE_P","from":{"id":"U","name":"Ann"},"created_time":1449135003,"message":"How much?"}},
          {"field":"feed","value":{"item":"reaction","verb":"add","reaction_type":"like","post_id":"PAGE_P","from":{"id":"U2"},"created_time":1449135004}}]}]}
        """;

    private LocalServices _azurite = default!;
    private ServiceProvider _app = default!;

    public async ValueTask InitializeAsync()
    {
        _azurite = await ServicesFixture.StartAsync(LocalServicePorts.Any);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = _azurite.StorageConnectionString })
            .Build();
        _app = new ServiceCollection().AddQueueStorage(configuration).BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private Task<HttpFunctionCall> DeliverAsync(IngestionHealthCounters? health = null, bool forged = false)
    {
        var function = new MetaWebhookFunction(
            Options.Create(new MetaOptions { AppSecret = AppSecret, VerifyToken = "verify-token" }),
            new WebhookIntake(Options.Create(new WebhookOptions()), _app.GetRequiredService<IEventPublisher>(), NullLogger<WebhookIntake>.Instance, health));
        var body = Encoding.UTF8.GetBytes(Delivery);
        var signature = MetaSignature.Sign(body, Encoding.UTF8.GetBytes(forged ? "not-the-app-secret-0123456789" : AppSecret));
        var request = HttpFunctionCall.Request("POST", "/api/webhooks/meta", body, new Dictionary<string, string> { [MetaSignature.HeaderName] = signature });
        return HttpFunctionCall.RunAsync(request, r => function.RunAsync(r, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Delivery_QueueReachable_Is200WithEveryEventInTheQueue()
    {
        var response = await DeliverAsync();

        Assert.Equal(200, response.Status);
        var queue = _app.GetRequiredService<QueueServiceClient>().GetQueueClient(QueueNames.Events);
        Assert.Equal(2, (await queue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task Delivery_ForgedSignature_Is403_AndCountedForTheDigestsHealthPanel()
    {
        await using var db = await CosmosTestDatabase.CreateAsync(_azurite);
        var health = new IngestionHealthCounters(db.Client, db.Options, TimeProvider.System);

        var before = DateOnly.FromDateTime(DateTime.UtcNow); // the counter's UTC day is between this and now (midnight may pass)
        var response = await DeliverAsync(health, forged: true);
        await health.FlushAsync(TestContext.Current.CancellationToken);

        Assert.Equal(403, response.Status);
        var facebook = Assert.Single((await health.ReadAsync(before, DateOnly.FromDateTime(DateTime.UtcNow), TestContext.Current.CancellationToken)).Platforms);
        Assert.Equal(new LeadsNotLikes.Digest.HealthRow("facebook", 0, 1, 0, 0), facebook);
    }

    [Fact]
    public async Task Delivery_QueueServiceStopped_Is503SoMetaRetries()
    {
        await _azurite.DisposeAsync(); // storage goes away: connections are refused

        var response = await DeliverAsync();

        Assert.Equal(503, response.Status);
        Assert.Equal("Queue unavailable", response.Json.GetProperty("title").GetString());
    }
}
