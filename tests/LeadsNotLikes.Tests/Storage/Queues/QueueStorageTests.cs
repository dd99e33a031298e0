using Azure.Storage.Queues;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.Tests.Storage.Queues;

/// <summary>The queue client is built from the same settings the host's queue trigger reads.</summary>
public sealed class QueueStorageTests
{
    private static QueueServiceClient Build(Dictionary<string, string?> settings) => Services(settings).GetRequiredService<QueueServiceClient>();

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddQueueStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    /// <summary>The options the client factory builds the client with (Microsoft.Extensions.Azure names them "Default").</summary>
    private static Azure.Storage.Queues.QueueClientOptions Options(Dictionary<string, string?> settings) =>
        Services(settings).GetRequiredService<IOptionsMonitor<Azure.Storage.Queues.QueueClientOptions>>().Get("Default");

    [Fact]
    public void Messages_AreBase64_AsTheTriggerExpects_WithShortRetriesForWebhooks()
    {
        var options = Options(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal(QueueMessageEncoding.Base64, options.MessageEncoding);
        Assert.Equal(3, options.Retry.MaxRetries);
        Assert.True(options.Retry.MaxDelay <= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void ConnectionString_IsUsedWithSharedKey()
    {
        var client = Build(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), client.Uri);
        Assert.True(client.CanGenerateAccountSasUri, "a connection string means Shared Key");
    }

    [Theory]
    [InlineData("queueServiceUri", "https://acct.queue.core.windows.net/")]
    [InlineData("serviceUri", "https://acct.queue.core.windows.net/")]
    [InlineData("accountName", "acct")]
    public void IdentitySettings_UseTheQueueEndpointWithoutAKey(string setting, string value)
    {
        var client = Build(new()
        {
            [$"AzureWebJobsStorage:{setting}"] = value,
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("acct.queue.core.windows.net", client.Uri.Host);
        Assert.False(client.CanGenerateAccountSasUri, "identity-based: no account key");
    }

    [Fact]
    public void NothingSet_FailsAtStartNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build([]));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }
}
