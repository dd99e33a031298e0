using LeadsNotLikes.Hosting;
using LeadsNotLikes.LocalHost.Services;
using LeadsNotLikes.Storage.Cosmos;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LeadsNotLikes.IntegrationTests.Support;

/// <summary>A fresh database with the app's containers on the local Cosmos DB server, created as the app creates it locally.</summary>
public sealed class CosmosTestDatabase : IAsyncDisposable
{
    private CosmosTestDatabase(CosmosClient client, IOptions<CosmosOptions> options) => (Client, Options) = (client, options);

    public CosmosClient Client { get; }

    public IOptions<CosmosOptions> Options { get; }

    public static async Task<CosmosTestDatabase> CreateAsync(LocalServices services)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new CosmosOptions
        {
            Endpoint = services.CosmosEndpoint.ToString(),
            Key = LocalServices.CosmosKey,
            Database = "test-" + Guid.NewGuid().ToString("N"),
            LocalEmulator = true,
        });
        var client = ApplicationServices.CreateCosmosClient(options.Value, new ConfigurationBuilder().Build());
        await new CosmosLocalSetup(client, options).RunAsync(CancellationToken.None);
        return new CosmosTestDatabase(client, options);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.GetDatabase(Options.Value.Database).DeleteAsync();
        Client.Dispose();
    }
}
