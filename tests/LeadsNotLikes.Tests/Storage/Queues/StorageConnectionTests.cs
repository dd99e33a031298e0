using Azure.Identity;
using LeadsNotLikes.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace LeadsNotLikes.Tests.Storage.Queues;

public sealed class StorageConnectionTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_IsAzurite()
    {
        var connection = StorageConnection.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), connection.QueueServiceUri);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.NotNull(connection.AccountKey);
    }

    [Fact]
    public void Parse_AccountConnectionString_BuildsQueueEndpoint()
    {
        var connection = StorageConnection.Parse("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal("key"u8.ToArray(), connection.AccountKey);
    }

    [Fact]
    public void Parse_ExplicitQueueEndpoint_IsUsed() =>
        Assert.Equal(new Uri("http://127.0.0.1:5555/devstoreaccount1"),
            StorageConnection.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;QueueEndpoint=http://127.0.0.1:5555/devstoreaccount1/").QueueServiceUri);

    [Theory]
    [InlineData("AccountName=acct")]
    [InlineData("AccountName=acct;SharedAccessSignature=sv=2021")]
    [InlineData("AccountName=acct;AccountKey=not base64!")]
    public void Parse_Unusable_ThrowsClearError(string connectionString) =>
        Assert.Throws<InvalidOperationException>(() => StorageConnection.Parse(connectionString));

    [Fact]
    public void FromConfiguration_IdentitySettings_UseManagedIdentity()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "acct",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }).Build();

        var connection = StorageConnection.FromConfiguration(configuration);

        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
        Assert.Null(connection.AccountKey);
    }

    [Fact]
    public void FromConfiguration_NothingSet_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(new ConfigurationBuilder().Build()));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
    }
}
